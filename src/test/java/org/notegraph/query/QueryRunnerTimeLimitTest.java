package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The time limit stops a query wherever it is busy: Jena's own limit does not reach a GROUP BY
 * while it accumulates its groups, so a query whose aggregate is slow per row (here a function
 * that takes a second a row) must still end at the limit, with nothing written.
 */
class QueryRunnerTimeLimitTest {
    private static final String SLOW = "urn:notegraph-test:slow-identity";
    private static final int ROWS = 8;

    /** The identity, a second a call. */
    public static final class SlowIdentity extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue v) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return v;
        }
    }

    @Test
    void aQueryBusyAccumulatingItsGroupsStopsAtTheLimit() {
        FunctionRegistry.get().put(SLOW, SlowIdentity.class);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < ROWS; i++) {
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("o" + i));
            }
        });
        String query = "SELECT ?s (SAMPLE(<" + SLOW + ">(?o)) AS ?x) WHERE { ?s <urn:p> ?o } GROUP BY ?s";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> new QueryRunner(dsg, 1).run(query, QueryRunner.Format.CSV, out))
                .isInstanceOf(QueryTimeoutException.class);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).as("stopped near the 1 s limit, not after the %d s the groups take", ROWS).isLessThan(ROWS - 2);
        assertThat(out.size()).as("nothing written").isZero();
    }
}
