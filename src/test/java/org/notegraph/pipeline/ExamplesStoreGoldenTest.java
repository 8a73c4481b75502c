package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.export.Exporter;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.identity.IriMinter;
import org.notegraph.model.Namespaces;
import org.notegraph.rdf.OntologyGraph;
import org.notegraph.rdf.Prefixes;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * The whole store a build of {@code examples/notes} gives, against {@code golden-store/examples.trig}
 * (every note graph and the entities graph), compared graph by graph by isomorphism; the ontology and
 * vocabulary graphs must be the bundled files as a build stores them. Only the build graph (a
 * fingerprint of the code) is left out. A change of any extracted figure or triple fails here; with
 * {@code -Dnotegraph.updateGolden=true} the file is rewritten from the current output (review the
 * diff before committing).
 */
class ExamplesStoreGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-store/examples.trig");

    @TempDir Path tmp;

    @Test
    void storeBuiltFromTheExamplesIsTheGoldenOne() {
        Path db = tmp.resolve("db");
        Fixtures.build(db, Fixtures.EXAMPLES);
        IriMinter minter = new IriMinter(null);
        DatasetGraph built = DatasetGraphFactory.createGeneral();
        try (NoteStore store = Stores.openExisting(db)) {
            store.read(d -> {
                d.listGraphNodes().forEachRemaining(g -> {
                    String name = g.getURI();
                    if (name.equals(minter.buildGraph())) return;
                    if (name.equals(minter.ontologyGraph())) {
                        assertSameTriples(d.getGraph(g), OntologyGraph.of(), name);
                    } else if (name.equals(minter.vocabularyGraph())) {
                        assertSameTriples(d.getGraph(g), ConceptVocabulary.bundled().graph(), name);
                    } else {
                        d.getGraph(g).find().forEachRemaining(t -> built.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                    }
                });
                return null;
            });
        }
        updateIfAsked(built);
        DatasetGraph golden = RDFParser.source(GOLDEN).lang(Lang.TRIG).toDatasetGraph();
        Set<String> builtNames = names(built);
        assertThat(builtNames).isEqualTo(names(golden)).contains(minter.entitiesGraph(), minter.note("nas-notes.md"));
        for (String name : builtNames) {
            Node g = NodeFactory.createURI(name);
            Graph actual = built.getGraph(g);
            Graph expected = golden.getGraph(g);
            if (!actual.isIsomorphicWith(expected)) assertSameTriples(actual, expected, name);
        }
    }

    private static Set<String> names(DatasetGraph d) {
        Set<String> names = new TreeSet<>();
        d.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    private static void assertSameTriples(Graph actual, Graph expected, String what) {
        Set<String> a = lines(actual);
        Set<String> e = lines(expected);
        Set<String> onlyActual = new TreeSet<>(a);
        onlyActual.removeAll(e);
        Set<String> onlyExpected = new TreeSet<>(e);
        onlyExpected.removeAll(a);
        assertThat(onlyActual).as("%s: triples only in the build", what).isEmpty();
        assertThat(onlyExpected).as("%s: triples only in the golden store", what).isEmpty();
    }

    private static Set<String> lines(Graph g) {
        Set<String> s = new TreeSet<>();
        g.find().forEachRemaining((Triple t) -> s.add(NodeFmtLib.str(t)));
        return s;
    }

    private static void updateIfAsked(DatasetGraph built) {
        if (!Boolean.getBoolean("notegraph.updateGolden")) return;
        try (OutputStream out = Files.newOutputStream(GOLDEN)) {
            new Exporter(Prefixes.standard(Namespaces.DEFAULT_BASE)).write(built, Exporter.Format.TRIG, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
