package org.notegraph.serve.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Runs the pages' own SPARQL queries with the server's query time limit, the same limit the
 * SPARQL endpoints have: a page whose query runs longer stops with Jena's
 * {@link org.apache.jena.query.QueryCancelledException}, which the page servlets answer with 503.
 * Every query a page runs goes through here, so no page can run unbounded.
 */
final class PageQueries {
    /** The limit when none is given: the server's default ({@code serve --timeout}, 30 s). */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final DatasetGraph dsg;
    private final Duration timeout;

    PageQueries(DatasetGraph dsg, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the time limit must be positive");
        this.dsg = dsg;
        this.timeout = timeout;
    }

    DatasetGraph dataset() { return dsg; }

    Duration timeout() { return timeout; }

    /** All rows of a SELECT query (call inside a read transaction). */
    List<Binding> select(Query query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    List<Binding> select(String query) {
        return select(QueryFactory.create(query));
    }
}
