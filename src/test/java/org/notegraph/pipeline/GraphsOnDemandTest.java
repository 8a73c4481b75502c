package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link GraphsOnDemand}: a graph is made only when its value is read, every read makes it again,
 * and the values are read in the order the names were put, so the last maker sees what the ones
 * before it counted.
 */
class GraphsOnDemandTest {
    private static Graph one(String s) {
        Graph g = GraphFactory.createGraphMem();
        g.add(NodeFactory.createURI(s), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(s));
        return g;
    }

    @Test
    void graphsAreMadeOnReadInInsertionOrder() {
        List<String> made = new ArrayList<>();
        GraphsOnDemand graphs = new GraphsOnDemand();
        for (String name : List.of("urn:c", "urn:a", "urn:b")) graphs.put(name, () -> { made.add(name); return one(name); });

        assertThat(graphs.keySet()).containsExactly("urn:c", "urn:a", "urn:b");
        assertThat(graphs.containsKey("urn:a")).isTrue();
        assertThat(graphs.size()).isEqualTo(3);
        assertThat(made).as("names and sizes make no graph").isEmpty();

        List<String> read = new ArrayList<>();
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            read.add(e.getKey());
            assertThat(e.getValue().size()).isEqualTo(1);
            assertThat(made).last().isEqualTo(e.getKey());
        }
        assertThat(read).containsExactly("urn:c", "urn:a", "urn:b");
        assertThat(graphs.get("urn:a").contains(NodeFactory.createURI("urn:a"), null, null)).isTrue();
        assertThat(made).containsExactly("urn:c", "urn:a", "urn:b", "urn:a");
        assertThat(graphs.get("urn:missing")).isNull();
    }
}
