package org.notegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.model.Namespaces;
import org.notegraph.rdf.NG;
import org.notegraph.testing.Fixtures;
import org.notegraph.testing.Graphs;

class NoteStoreTest {
    private static final String B = Namespaces.DEFAULT_BASE;

    @TempDir Path tmp;

    @Test
    void rebuildingTheSameNotesIntoAFreshStoreGivesAnIsomorphicDataset() {
        try (NoteStore first = Stores.open(tmp.resolve("db1"));
             NoteStore second = Stores.open(tmp.resolve("db2"))) {
            first.replaceAll(Graphs.forFolders(Fixtures.EXAMPLES, Fixtures.NOTES), null);
            second.replaceAll(Graphs.forFolders(Fixtures.EXAMPLES, Fixtures.NOTES), null);

            List<String> a = Graphs.sortedQuads(first.datasetGraph());
            assertThat(a).hasSizeGreaterThan(5000);
            assertThat(Graphs.sortedQuads(second.datasetGraph())).containsExactlyElementsOf(a);
            boolean iso = Txn.calculateRead(first.datasetGraph(), () -> Txn.calculateRead(second.datasetGraph(),
                    () -> IsoMatcher.isomorphic(first.datasetGraph(), second.datasetGraph())));
            assertThat(iso).isTrue();
            assertThat(second.graphNames()).isEqualTo(first.graphNames());
        }
    }

    @Test
    void aStoreOpenedWithoutItsTextIndexReadsTheSameDatasetAndRefusesWrites() {
        Path db = tmp.resolve("db");
        List<String> quads;
        long unionWithText;
        try (NoteStore store = Stores.open(db)) {
            store.replaceAll(Graphs.forFolders(Fixtures.EXAMPLES), null);
            quads = Graphs.sortedQuads(store.datasetGraph());
            unionWithText = unionSize(store);
        }
        try (NoteStore reader = Stores.openExistingWithoutText(db)) {
            assertThat(Graphs.sortedQuads(reader.datasetGraph())).containsExactlyElementsOf(quads);
            assertThat(unionSize(reader)).as("the union default graph").isEqualTo(unionWithText).isPositive();
            assertThatThrownBy(() -> reader.apply(Map.of(), Set.of())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("without its text index");
        }
        assertThatThrownBy(() -> Stores.openExistingWithoutText(tmp.resolve("none"))).hasMessageContaining("no store at");
    }

    private static long unionSize(NoteStore store) {
        return store.read(d -> QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(d))
                .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build().execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void replacingTheSameGraphsAgainLeavesTheDatasetUnchanged() {
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            Map<String, Graph> graphs = Graphs.forFolders(Fixtures.EXAMPLES);
            store.replaceAll(graphs, null);
            List<String> before = Graphs.sortedQuads(store.datasetGraph());
            long count = store.quadCount();

            store.replaceAll(Graphs.forFolders(Fixtures.EXAMPLES), null);

            assertThat(store.quadCount()).isEqualTo(count).isEqualTo(before.size());
            assertThat(Graphs.sortedQuads(store.datasetGraph())).containsExactlyElementsOf(before);
            long expected = graphs.values().stream().mapToLong(g -> g.size()).sum();
            assertThat(count).isEqualTo(expected);
        }
    }

    @Test
    void rebuildingIntoTheSameFolderInOneProcessGivesTheSameDataset() {
        Path db = tmp.resolve("db");
        Fixtures.build(db, Fixtures.EXAMPLES);
        List<String> first;
        try (NoteStore s = Stores.openExisting(db)) { first = Graphs.sortedQuads(s.datasetGraph()); }
        Fixtures.build(db, Fixtures.EXAMPLES);
        try (NoteStore s = Stores.openExisting(db)) {
            assertThat(Graphs.sortedQuads(s.datasetGraph())).containsExactlyElementsOf(first);
        }
    }

    @Test
    void graphsNotInTheNewSetAreDropped() {
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            Map<String, Graph> all = Graphs.forFolders(Fixtures.EXAMPLES);
            store.replaceAll(all, null);
            String dropped = B + "note/nas-notes.md";
            String droppedToo = B + "note/vault/Deep%20SAD.md";
            assertThat(store.graphNames()).contains(dropped, droppedToo);

            Map<String, Graph> fewer = new LinkedHashMap<>(all);
            fewer.remove(dropped);
            fewer.remove(droppedToo);
            store.replaceAll(fewer, null);

            assertThat(store.graphNames()).isEqualTo(new TreeSet<>(fewer.keySet()));
            long left = store.read(d -> {
                long n = 0;
                for (String g : List.of(dropped, droppedToo)) {
                    var it = d.find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) { it.next(); n++; }
                }
                return n;
            });
            assertThat(left).isZero();
            boolean stillThere = store.read(d -> d.getUnionGraph().contains(NodeFactory.createURI(dropped), RDF.type.asNode(), NG.Note));
            assertThat(stillThere).isFalse();
            assertThat(store.quadCount()).isEqualTo(fewer.values().stream().mapToLong(Graph::size).sum());
        }
    }

    @Test
    void aReplacedGraphHoldsOnlyItsNewTriples() {
        Node s = NodeFactory.createURI(B + "thing");
        Graph oldG = GraphFactory.createGraphMem();
        oldG.add(s, RDFS.label.asNode(), NodeFactory.createLiteralString("old"));
        oldG.add(s, RDF.type.asNode(), NG.Note);
        Graph newG = GraphFactory.createGraphMem();
        newG.add(s, RDFS.label.asNode(), NodeFactory.createLiteralString("new"));
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            store.replaceAll(Map.of(B + "g", oldG), null);
            store.replaceAll(Map.of(B + "g", newG), null);
            Graph stored = store.read(d -> {
                Graph copy = GraphFactory.createGraphMem();
                d.getGraph(NodeFactory.createURI(B + "g")).find().forEachRemaining(copy::add);
                return copy;
            });
            assertThat(stored.isIsomorphicWith(newG)).as("stored graph %s", stored).isTrue();
        }
    }

    @Test
    void unionDefaultGraphIsVisibleToSparqlWithoutGraph() {
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            Map<String, Graph> graphs = Graphs.forFolders(Fixtures.EXAMPLES);
            store.replaceAll(graphs, null);
            long mentions = graphs.entrySet().stream().filter(e -> e.getKey().startsWith(B + "note/"))
                    .mapToLong(e -> e.getValue().find(Node.ANY, RDF.type.asNode(), NG.PaperMention).toList().size()).sum();
            assertThat(mentions).isGreaterThan(40);

            // joins a note graph (ng:inNote, ng:path) with the entities graph (oa:hasBody, dcterms:title)
            String q = """
                    PREFIX ng: <https://w3id.org/notegraph#>
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
                      ?m a ng:PaperMention ; ng:inNote ?note ; oa:hasBody ?paper .
                      ?note ng:path ?path .
                      ?paper a ng:Paper .
                    }""";
            QuerySolution row = store.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    return qe.execSelect().next();
                }
            });
            assertThat(row.getLiteral("n").getLong()).isEqualTo(mentions);
            assertThat(row.getLiteral("papers").getLong()).isGreaterThan(30);

            long unionTriples = store.read(d -> (long) d.getUnionGraph().size());
            long counted = store.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(counted).isEqualTo(unionTriples).isGreaterThan(2000);
        }
    }

    @Test
    void manyGraphsAreWrittenInOneTransactionAndAllArrive() {
        int n = 1207;
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Graph g = GraphFactory.createGraphMem();
            g.add(NodeFactory.createURI(B + "note/n" + i + ".md"), RDF.type.asNode(), NG.Note);
            graphs.put(B + "note/n" + i + ".md", g);
        }
        List<Integer> progress = new ArrayList<>();
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            store.replaceAll(graphs, progress::add);
            assertThat(store.graphNames()).hasSize(n);
            assertThat(store.quadCount()).isEqualTo(n);
        }
        assertThat(progress).containsExactly(n);
    }

    @Test
    void openingAFolderThatHoldsNoStoreCreatesNothing() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("just-notes"));
        Files.writeString(notes.resolve("a.md"), "# A note\n");
        assertThatThrownBy(() -> Stores.openExisting(notes)).isInstanceOf(StoreException.class).hasMessageContaining("no store at " + notes);
        try (var children = Files.list(notes)) {
            assertThat(children.map(p -> p.getFileName().toString())).containsExactly("a.md");
        }
        assertThat(Stores.holdsStore(notes)).isFalse();
    }

    @Test
    void openingAMissingStoreFailsWithAClearMessage() {
        Path missing = tmp.resolve("nothing-here");
        assertThatThrownBy(() -> Stores.openExisting(missing))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("notegraph build");
    }

    @Test
    void graphNamesListsEveryNamedGraph() {
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            Map<String, Graph> graphs = Graphs.forFolders(Fixtures.EXAMPLES);
            store.replaceAll(graphs, null);
            Set<String> names = store.graphNames();
            assertThat(names).isEqualTo(new TreeSet<>(graphs.keySet()))
                    .contains(B + "graph/entities", B + "graph/ontology", B + "note/iclr2020-virtual.md",
                            B + "note/awesome-generalization.markdown", B + "note/vault/Deep%20One-Class%20Classification.md");
        }
    }
}
