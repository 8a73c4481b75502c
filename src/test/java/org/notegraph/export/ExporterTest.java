package org.notegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.notegraph.model.Namespaces;
import org.notegraph.rdf.Prefixes;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

class ExporterTest {
    @TempDir static Path tmp;
    private static NoteStore store;
    private static final Exporter EXPORTER = new Exporter(Prefixes.standard(Namespaces.DEFAULT_BASE));

    @BeforeAll
    static void buildExamples() {
        Fixtures.build(tmp.resolve("db"), Fixtures.EXAMPLES);
        store = Stores.openExisting(tmp.resolve("db"));
    }

    @AfterAll
    static void close() { store.close(); }

    private static byte[] export(NoteStore s, Exporter.Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.write(s.datasetGraph(), f, out);
        return out.toByteArray();
    }

    private static Lang lang(Exporter.Format f) {
        return switch (f) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
        };
    }

    private static boolean keepsGraphs(Exporter.Format f) {
        return f == Exporter.Format.TRIG || f == Exporter.Format.NQ || f == Exporter.Format.JSONLD;
    }

    private static Graph unionCopy(NoteStore s) {
        return s.read(d -> {
            Graph g = GraphFactory.createGraphMem();
            d.getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    @ParameterizedTest
    @EnumSource(Exporter.Format.class)
    void everyFormatParsesBackToTheSameStatements(Exporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = EXPORTER.write(store.datasetGraph(), format, out);
        byte[] bytes = out.toByteArray();

        if (keepsGraphs(format)) {
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).strict(true).parse(back);
            long quads = Txn.calculateRead(back, () -> back.stream().count());
            assertThat(quads).isEqualTo(store.quadCount()).isEqualTo(written);
            boolean iso = Txn.calculateRead(back, () -> store.read(d -> IsoMatcher.isomorphic(back, d)));
            assertThat(iso).as("%s round trip is the stored dataset", format).isTrue();
        } else {
            Graph back = RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).strict(true).toGraph();
            Graph union = unionCopy(store);
            assertThat((long) back.size()).isEqualTo(union.size()).isEqualTo(written);
            assertThat(back.isIsomorphicWith(union)).as("%s round trip is the union graph", format).isTrue();
        }
        assertThat(written).isGreaterThan(2000);
    }

    @Test
    void turtleUsesThePrefixes() {
        String ttl = new String(export(store, Exporter.Format.TURTLE), StandardCharsets.UTF_8);
        assertThat(ttl).contains("@prefix ng: <https://w3id.org/notegraph#> .",
                "@prefix dcterms: <http://purl.org/dc/terms/> .", "@prefix kg: <https://notegraph.example/> .");
        assertThat(ttl).contains("ng:Paper", "dcterms:title", "oa:hasBody", "ng:mentionCount");
        assertThat(ttl).doesNotContain("<https://w3id.org/notegraph#Paper>");
        assertThat(ttl).doesNotContain("_:");
        String trig = new String(export(store, Exporter.Format.TRIG), StandardCharsets.UTF_8);
        assertThat(trig).contains("@prefix ng: <https://w3id.org/notegraph#> .", "ng:PaperMention");
    }

    private static Path rebuilt;

    /** A second build of the examples into a fresh store, made once for all formats. */
    private static synchronized Path rebuiltStore() {
        if (rebuilt == null) {
            rebuilt = tmp.resolve("fresh");
            Fixtures.build(rebuilt, Fixtures.EXAMPLES);
        }
        return rebuilt;
    }

    @ParameterizedTest
    @EnumSource(value = Exporter.Format.class, names = {"TURTLE", "TRIG", "NT", "NQ", "JSONLD"})
    void exportIsByteIdenticalAcrossExportsAndAcrossARebuildIntoAFreshStore(Exporter.Format format) {
        byte[] first = export(store, format);
        assertThat(export(store, format)).as("second export of the same store").isEqualTo(first);

        try (NoteStore rebuilt = Stores.openExisting(rebuiltStore())) {
            byte[] again = export(rebuilt, format);
            if (!java.util.Arrays.equals(again, first)) {
                List<String> a = new ArrayList<>(List.of(new String(first, StandardCharsets.UTF_8).split("\n")));
                List<String> b = new ArrayList<>(List.of(new String(again, StandardCharsets.UTF_8).split("\n")));
                int i = 0;
                while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) i++;
                throw new AssertionError(format + " export differs after a rebuild, first at line " + (i + 1) + ":\n  before: "
                        + (i < a.size() ? a.get(i) : "(end)") + "\n  after:  " + (i < b.size() ? b.get(i) : "(end)"));
            }
        }
    }

    @Test
    void formatNamesAreReadCaseInsensitively() {
        assertThat(Exporter.format("turtle")).isEqualTo(Exporter.Format.TURTLE);
        assertThat(Exporter.format("TriG")).isEqualTo(Exporter.Format.TRIG);
        assertThat(Exporter.format("json-ld")).isEqualTo(Exporter.Format.JSONLD);
        assertThat(Exporter.format("nq")).isEqualTo(Exporter.Format.NQ);
        assertThatThrownBy(() -> Exporter.format("rdfxml")).isInstanceOf(IllegalArgumentException.class);
    }
}
