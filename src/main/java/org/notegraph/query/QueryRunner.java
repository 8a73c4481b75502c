package org.notegraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs a SPARQL query over the union of the store's graphs (or of a remote endpoint's notegraph graphs) and writes its results as a text table
 * or in one of the W3C SPARQL 1.1 result formats (CSV, TSV, JSON, XML).
 */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON, XML }

    private final DatasetGraph dsg;
    private final RemoteEndpoint remote;
    private final long timeoutSeconds;

    /** A runner over the dataset whose queries stop after {@code timeoutSeconds} (which must be positive). */
    public QueryRunner(DatasetGraph dsg, long timeoutSeconds) {
        this(dsg, null, timeoutSeconds);
    }

    /** A runner over a remote endpoint's notegraph graphs (see {@link RemoteEndpoint} for how their union is queried). */
    public QueryRunner(RemoteEndpoint remote, long timeoutSeconds) {
        this(null, remote, timeoutSeconds);
    }

    private QueryRunner(DatasetGraph dsg, RemoteEndpoint remote, long timeoutSeconds) {
        if (timeoutSeconds <= 0) throw new IllegalArgumentException("the time limit must be positive");
        this.dsg = dsg;
        this.remote = remote;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** An execution of the query over the store (in the caller's read transaction) or at the remote endpoint. */
    private org.apache.jena.query.QueryExecutionBuilder execution(Query query) {
        if (remote != null) return remote.execution(query);
        return QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).timeout(timeoutSeconds, TimeUnit.SECONDS);
    }

    private <T> T reading(java.util.function.Supplier<T> action) {
        if (remote == null) return Txn.calculateRead(dsg, action);
        try {
            return action.get();
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            throw remote.explain(e);
        }
    }

    /** The namespace of jena-text's property functions ({@code text:query}). */
    private static final String TEXT_NAMESPACE = "http://jena.apache.org/text#";

    /**
     * Whether a query may use the full-text index: it names jena-text's namespace. A query that
     * does not can run on a store opened without the index, which starts quicker.
     */
    public static boolean needsTextIndex(String queryText) { return queryText.contains(TEXT_NAMESPACE); }

    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Parses, runs and writes; returns the number of result rows (or triples for CONSTRUCT). */
    public long run(String queryText, Format format, OutputStream out) {
        return run(queryText, java.util.Map.of(), format, out);
    }

    /**
     * As {@link #run(String, Format, OutputStream)}, with variables bound to literal values first.
     *
     * @throws UnknownParameterException when a parameter names no variable of the query
     * @throws QueryTimeoutException when the query runs past the time limit (nothing is written)
     */
    public long run(String queryText, java.util.Map<String, String> parameters, Format format, OutputStream out) {
        Query query = QueryFactory.create(queryText);
        java.util.SortedSet<String> variables = QueryVariables.of(query);
        java.util.List<String> unknown = parameters.keySet().stream().filter(p -> !variables.contains(p)).toList();
        if (!unknown.isEmpty()) throw new UnknownParameterException(unknown, variables);
        try {
            return execute(query, parameters, format, out);
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(java.time.Duration.ofSeconds(timeoutSeconds), e);
        }
    }

    /**
     * Runs the query within the time limit and only then writes its answer: Jena stops most plans
     * at its own limit, but not one busy in the accumulation of a GROUP BY, so the answer is made in
     * a worker thread (into memory) that is abandoned at the limit (plus a second's grace).
     */
    private long execute(Query query, java.util.Map<String, String> parameters, Format format, OutputStream out) {
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        long count = withinLimit(() -> answer(query, parameters, format, answer));
        try {
            answer.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return count;
    }

    private static final long GRACE_MILLIS = 1000;

    private <T> T withinLimit(java.util.function.Supplier<T> action) {
        if (remote != null) return action.get();
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(action::get);
        Thread worker = new Thread(task, "notegraph-query");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(TimeUnit.SECONDS.toMillis(timeoutSeconds) + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            task.cancel(true);
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private long answer(Query query, java.util.Map<String, String> parameters, Format format, OutputStream out) {
        return reading(() -> {
            var builder = execution(query);
            parameters.forEach((k, v) -> builder.substitution(k, org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(v)));
            try (QueryExecution qe = builder.build()) {
                if (query.isSelectType()) return select(qe.execSelect(), format, out);
                if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format == Format.TABLE) new PrintStream(out, true, StandardCharsets.UTF_8).println(b);
                    else ResultSetMgr.write(out, b, lang(format));
                    return b ? 1L : 0L;
                }
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, model, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                return model.size();
            }
        });
    }

    /** Every IRI a SELECT query's results bind, in any column (what {@code export --query} takes the papers from). */
    public java.util.Set<String> iris(String queryText, java.util.Map<String, String> parameters) {
        Query query = QueryFactory.create(queryText);
        if (!query.isSelectType()) throw new IllegalArgumentException("not a SELECT query");
        try {
            return withinLimit(() -> irisOf(query, parameters));
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(java.time.Duration.ofSeconds(timeoutSeconds), e);
        }
    }

    private java.util.Set<String> irisOf(Query query, java.util.Map<String, String> parameters) {
        return reading(() -> {
            var builder = execution(query);
            parameters.forEach((k, v) -> builder.substitution(k, org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(v)));
            java.util.Set<String> out = new java.util.TreeSet<>();
            try (QueryExecution qe = builder.build()) {
                qe.execSelect().forEachRemaining(row -> row.varNames().forEachRemaining(v -> {
                    var n = row.get(v);
                    if (n != null && n.isURIResource()) out.add(n.asResource().getURI());
                }));
            }
            return out;
        });
    }

    private static long select(ResultSet rs, Format format, OutputStream out) {
        var rewindable = rs.rewindable();
        long rows = rewindable.size();
        rewindable.reset();
        if (format == Format.TABLE) ResultSetFormatter.out(out, rewindable);
        else ResultSetMgr.write(out, rewindable, lang(format));
        return rows;
    }

    private static Lang lang(Format f) {
        return switch (f) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            case TABLE -> ResultSetLang.RS_Text;
        };
    }
}
