package org.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.identity.IdentityResolver;
import org.notegraph.identity.IriMinter;
import org.notegraph.identity.Resolution;
import org.notegraph.model.Namespaces;
import org.notegraph.testing.Fixtures;

/**
 * Golden tests: one small note through the real pipeline (NoteParser, NoteExtractor, IdentityResolver,
 * NoteGraphMapper, EntityGraphMapper) must give exactly the graphs in {@code golden/<case>.note.ttl} and
 * {@code golden/<case>.entities.ttl}, compared by graph isomorphism.
 */
class GoldenGraphTest {

    static List<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    @Test
    void goldenCasesArePresent() throws IOException {
        assertThat(cases()).contains("reading-list", "awesome item");
        for (String c : cases()) {
            assertThat(Fixtures.GOLDEN.resolve(c + ".note.ttl")).isRegularFile();
            assertThat(Fixtures.GOLDEN.resolve(c + ".entities.ttl")).isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noteGraphMatchesGolden(String name) {
        Resolution r = resolve(name);
        Graph actual = NoteGraphMapper.map(r.notes().get(0));
        updateIfAsked(actual, name + ".note.ttl");
        assertIsomorphic(actual, golden(name + ".note.ttl"), name + ".note.ttl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void entitiesGraphMatchesGolden(String name) {
        Graph actual = EntityGraphMapper.map(resolve(name));
        updateIfAsked(actual, name + ".entities.ttl");
        assertIsomorphic(actual, golden(name + ".entities.ttl"), name + ".entities.ttl");
    }

    private static Resolution resolve(String name) {
        ExtractedNote note = Fixtures.extract(Fixtures.GOLDEN.resolve(name + ".md"), name + ".md");
        return new IdentityResolver(new IriMinter(null)).resolve(List.of(note));
    }

    /**
     * With {@code -Dnotegraph.updateGolden=true} the golden files are rewritten from the current
     * output (review the diff before committing).
     */
    private static void updateIfAsked(Graph actual, String file) {
        if (!Boolean.getBoolean("notegraph.updateGolden")) return;
        try {
            java.nio.file.Files.writeString(Fixtures.GOLDEN.resolve(file), turtle(actual));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Graph golden(String file) {
        return RDFParser.source(Fixtures.GOLDEN.resolve(file)).lang(Lang.TURTLE).toGraph();
    }

    static void assertIsomorphic(Graph actual, Graph expected, String what) {
        if (actual.isIsomorphicWith(expected)) return;
        Set<String> a = lines(actual);
        Set<String> e = lines(expected);
        Set<String> onlyActual = new TreeSet<>(a);
        onlyActual.removeAll(e);
        Set<String> onlyExpected = new TreeSet<>(e);
        onlyExpected.removeAll(a);
        throw new AssertionError(what + " differs from the golden graph\n"
                + "--- only in actual:\n" + String.join("\n", onlyActual)
                + "\n--- only in golden:\n" + String.join("\n", onlyExpected)
                + "\n=== actual graph:\n" + turtle(actual) + "\n=== golden graph:\n" + turtle(expected));
    }

    private static Set<String> lines(Graph g) {
        Set<String> s = new TreeSet<>();
        g.find().forEachRemaining((Triple t) -> s.add(NodeFmtLib.str(t) + " ."));
        return s;
    }

    private static String turtle(Graph g) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        g.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(Prefixes.standard(Namespaces.DEFAULT_BASE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, copy, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
