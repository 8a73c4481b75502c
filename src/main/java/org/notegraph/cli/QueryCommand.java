package org.notegraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.notegraph.query.NamedQueries;
import org.notegraph.query.QueryRunner;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notegraph query NAME|FILE.rq}: a named or ad-hoc SPARQL query over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query from queries/ (e.g. paper-mentions), a .rq file, or --sparql TEXT.")
public final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "A named query or a query file.")
    String name;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text itself.")
    String sparql;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml (the W3C SPARQL 1.1 result formats). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Query time limit in seconds; a query running longer is stopped, exit code 4 (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind a query variable to a text value before running (repeatable), e.g. --param label=\"double descent\".")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run the query at a remote SPARQL endpoint holding published graphs (e.g. http://HOST:3030/DATASET/query) "
                    + "instead of the local store; it runs over the union of the notegraph graphs found there.")
    String endpoint;

    @Mixin EndpointLogin login;

    @Option(names = "--list", description = "List the named queries and what each answers.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (String q : NamedQueries.SHIPPED) {
                spec.commandLine().getOut().printf("%-26s %s%n", q, NamedQueries.load(q).map(NamedQueries::description).orElse(""));
            }
            return ExitCodes.OK;
        }
        Optional<String> text = sparql != null ? Optional.of(sparql) : name == null ? Optional.empty() : NamedQueries.load(name);
        if (text.isEmpty()) {
            err.println("notegraph: unknown query '" + name + "' (named queries: " + String.join(", ", NamedQueries.SHIPPED)
                    + "; or give a .rq file or --sparql)");
            return ExitCodes.USAGE;
        }
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.format(format);
        } catch (IllegalArgumentException e) {
            err.println("notegraph: unknown format '" + format + "' (table, csv, tsv, json, xml)");
            return ExitCodes.USAGE;
        }
        if (timeout <= 0) throw new UserErrors.Mistake("--timeout must be a positive number of seconds, not " + timeout);
        if (endpoint != null) return queryRemote(text.get(), fmt);
        if (login.given()) throw new UserErrors.Mistake("--user and --password-file go with --endpoint URL");
        try (NoteStore s = QueryRunner.needsTextIndex(text.get()) ? Stores.openExisting(store.db) : Stores.openExistingWithoutText(store.db)) {
            OutputStream out = new BufferedOutputStream(System.out);
            spec.commandLine().getOut().flush();
            new QueryRunner(s.datasetGraph(), timeout).run(text.get(), params, fmt, out);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * {@code query --endpoint URL}: the query runs at the endpoint, over the union of its notegraph
     * graphs; a full-text query ({@code text:query}, as {@code search}) runs on a copy of those graphs
     * with an index of its own, since the full-text index is the local store's and is not published.
     */
    private int queryRemote(String query, QueryRunner.Format fmt) {
        org.notegraph.query.RemoteSource source = login.source(endpoint);
        OutputStream out = new BufferedOutputStream(System.out);
        spec.commandLine().getOut().flush();
        if (QueryRunner.needsTextIndex(query)) {
            try (var copy = org.notegraph.query.RemoteCopy.fetch(source, java.time.Duration.ofSeconds(timeout))) {
                new QueryRunner(copy.datasetGraph(), timeout).run(query, params, fmt, out);
            }
        } else {
            new QueryRunner(new org.notegraph.query.RemoteEndpoint(endpoint, timeout, source.login()), timeout).run(query, params, fmt, out);
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}
