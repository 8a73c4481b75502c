package org.notegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NoteStore#load}: the store afterwards holds the loaded graphs and the kept ones, in one
 * data folder, with a text index that finds the new titles and not the old; a text index tagged
 * with another data folder (a crash between the switch and the index's commit) is rebuilt at open.
 */
class BulkLoadTest {
    private static final String G = "https://example.org/g/";

    @TempDir Path tmp;

    private static Graph titled(String subject, String title) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(subject), DCTerms.title.asNode(), NodeFactory.createLiteralString(title));
        return g;
    }

    private static List<String> search(NoteStore store, String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '" + words + "' } ORDER BY ?s";
        return store.read(d -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                List<String> found = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
                return found;
            }
        });
    }

    private static List<String> dataFolders(Path db) throws IOException {
        try (Stream<Path> s = Files.list(db)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void aBulkLoadReplacesTheStoreAndItsTextIndex() throws IOException {
        Path db = tmp.resolve("db");
        try (NoteStore store = Stores.open(db)) {
            store.apply(Map.of(G + "a", titled("https://example.org/a", "Spectral normalization"),
                    G + "kept", titled("https://example.org/k", "Kept rainforest")), Set.of());
            store.load(Map.of(G + "b", titled("https://example.org/b", "Residual networks")), Set.of(G + "kept"));

            assertThat(store.graphNames()).containsExactly(G + "b", G + "kept");
            assertThat(search(store, "residual")).containsExactly("https://example.org/b");
            assertThat(search(store, "rainforest")).containsExactly("https://example.org/k");
            assertThat(search(store, "spectral")).isEmpty();
            assertThat(dataFolders(db)).containsExactly("Data-0002");
            store.release();
        }
        try (NoteStore reopened = Stores.open(db)) {
            assertThat(reopened.graphNames()).containsExactly(G + "b", G + "kept");
            assertThat(search(reopened, "residual")).containsExactly("https://example.org/b");
            reopened.release();
        }
    }

    /**
     * A bulk load reads each given graph once (the text index gets its entries from the pass that
     * loads the quads), so the graphs a build makes on demand are made once each.
     */
    @Test
    void aBulkLoadReadsEachGraphOnce() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Graph counted = new org.apache.jena.sparql.graph.GraphWrapper(titled("https://example.org/c", "Counted capsules")) {
            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find(
                    org.apache.jena.graph.Node s, org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
                reads.incrementAndGet();
                return super.find(s, p, o);
            }

            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find(org.apache.jena.graph.Triple t) {
                reads.incrementAndGet();
                return super.find(t);
            }
        };
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            store.load(Map.of(G + "c", counted), Set.of());
            assertThat(reads.get()).isEqualTo(1);
            assertThat(search(store, "capsules")).containsExactly("https://example.org/c");
            store.release();
        }
    }

    @Test
    void aTextIndexTaggedWithAnotherDataFolderIsRebuiltAtOpen() throws IOException {
        Path db = tmp.resolve("db");
        try (NoteStore store = Stores.open(db)) {
            store.load(Map.of(G + "b", titled("https://example.org/b", "Residual networks")), Set.of());
            store.release();
        }
        try (FSDirectory dir = FSDirectory.open(db.resolve(TextIndexDefinition.FOLDER));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.deleteAll();
            w.setLiveCommitData(Map.of("notegraph.dataFolder", "Data-0001").entrySet());
            w.commit();
        }
        try (NoteStore reopened = Stores.open(db)) {
            assertThat(search(reopened, "residual")).containsExactly("https://example.org/b");
            reopened.release();
        }
    }
}
