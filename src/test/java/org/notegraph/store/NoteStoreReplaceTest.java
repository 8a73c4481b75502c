package org.notegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a graph leaves nothing of the old one behind, whatever the form of its literals. */
class NoteStoreReplaceTest {
    @TempDir Path dir;

    private static Graph graphWith(String decimalLexical) {
        Graph g = GraphFactory.createGraphMem();
        Node s = NodeFactory.createURI("https://example.org/s");
        g.add(s, NodeFactory.createURI("https://example.org/confidence"), NodeFactory.createLiteralDT(decimalLexical, XSDDatatype.XSDdecimal));
        g.add(s, NodeFactory.createURI("https://example.org/count"), NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger));
        return g;
    }

    @Test
    void replacingAGraphRemovesNonCanonicalLiterals() {
        try (NoteStore store = Stores.open(dir.resolve("db"))) {
            store.replaceAll(Map.of("https://example.org/g", graphWith("0.70")), null);
            store.replaceAll(Map.of("https://example.org/g", graphWith("0.65")), null);
            assertThat(store.quadCount()).isEqualTo(2);
            store.replaceAll(Map.of("https://example.org/other", graphWith("1.50")), null);
            assertThat(store.graphNames()).containsExactly("https://example.org/other");
            assertThat(store.quadCount()).isEqualTo(2);
        }
    }
}
