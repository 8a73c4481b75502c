package org.notegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.notegraph.serve.NotegraphServer;
import org.notegraph.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph serve}: the store over HTTP, with the Fuseki UI and the notegraph pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: SPARQL endpoints (/kg/query, /kg/sparql, /kg/get, /kg/shacl), the Fuseki UI (/) "
                + "and browsable pages (/home, /page?iri=, /search).",
                "Read-only and bound to 127.0.0.1 unless told otherwise; writes need --allow-update and --passwd.",
                "With --endpoint URL: the same over a copy of the graphs published to a remote SPARQL store."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin ServerOptions server;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A Fuseki configuration (e.g. fuseki-config.ttl) that defines the dataset /kg; replaces --db.")
    Path config;

    @Option(names = "--watch", paramLabel = "NOTES_DIR",
            description = "Build NOTES_DIR into the served store now and again on every change (repeatable).")
    java.util.List<Path> watch = new java.util.ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB", description = "With --watch: also read files matching GLOB (repeatable).")
    java.util.List<String> includes = new java.util.ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Serve a read-only copy of the graphs published (notegraph publish) to the remote SPARQL 1.1 query endpoint "
                    + "URL (e.g. http://HOST:3030/DATASET/query), fetched at start; replaces --db.")
    String endpoint;

    @Mixin EndpointLogin login;

    @Option(names = "--refresh", paramLabel = "SECONDS",
            description = "With --endpoint: fetch the graphs again every SECONDS, in the background (default: only at start).")
    Long refresh;

    @Override
    public Integer call() throws Exception {
        if (endpoint != null) return serveRemote();
        if (login.given() || refresh != null) {
            throw new UserErrors.Mistake("--user, --password-file and --refresh go with --endpoint URL");
        }
        if (!watch.isEmpty() && config != null) {
            spec.commandLine().getErr().println("notegraph: --watch needs the store itself (--db), not --config");
            return ExitCodes.USAGE;
        }
        UserErrors.requireExisting("--watch takes folders of notes", watch);
        if (!watch.isEmpty()) UserErrors.requireStoreFolder(store.db);
        if (!watch.isEmpty() && !org.notegraph.store.Stores.holdsStore(store.db)) {
            new org.notegraph.pipeline.Builder().build(buildOptions(server.base, store.db), new org.notegraph.diag.Diagnostics(),
                    org.notegraph.pipeline.Builder.Progress.NONE, false);
        }
        if (config != null && !Files.isRegularFile(config)) {
            spec.commandLine().getErr().println("notegraph: no config file " + config);
            return ExitCodes.USAGE;
        }
        ServeOptions options = server.options(config == null ? store.db : null, config, spec);
        if (options == null) return ExitCodes.USAGE;
        if (watch.isEmpty()) return server.run(options, (config == null ? store.db.toString() : config.toString()), spec);
        return server.run(options, store.db.toString(), spec, s -> startWatching(s, spec));
    }

    /** {@code serve --endpoint URL}: a read-only copy of a remote store, fetched at start and every --refresh seconds. */
    private int serveRemote() throws Exception {
        var parsed = spec.commandLine().getParseResult();
        for (String other : java.util.List.of("--db", "--config", "--watch", "--include", "--allow-update")) {
            if (parsed.hasMatchedOption(other)) {
                throw new UserErrors.Mistake("--endpoint serves a read-only copy of a remote store; it does not go with " + other
                        + " (serve either --endpoint URL or --db DIR)");
            }
        }
        if (refresh != null && refresh <= 0) throw new UserErrors.Mistake("--refresh must be a positive number of seconds, not " + refresh);
        org.notegraph.query.RemoteSource source = login.source(endpoint);
        ServeOptions local = server.options(null, null, spec, source);
        if (local == null) return ExitCodes.USAGE;
        PrintWriter err = spec.commandLine().getErr();
        return server.run(local, s -> {
            var copy = s.remoteCopy().orElseThrow();
            var f = copy.last();
            return String.format(java.util.Locale.ROOT, "a copy of %s (fetched at %s: %d graphs, %,d triples%s)", copy.url(), f.when(),
                    f.graphs(), f.triples(), refresh == null ? "" : "; fetched again every " + refresh + " s");
        }, spec, s -> refresh == null ? () -> { } : s.remoteCopy().orElseThrow().refreshEvery(Duration.ofSeconds(refresh), m -> {
            err.println(m);
            err.flush();
        }));
    }

    /** Builds the watched folders into the served store, then follows them. */
    private AutoCloseable startWatching(NotegraphServer s, CommandSpec spec) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        org.notegraph.store.NoteStore served = s.store().orElseThrow();
        org.notegraph.pipeline.BuildOptions options = buildOptions(server.base == null ? s.base() : server.base, served.location());
        org.notegraph.pipeline.BuildReport first = new org.notegraph.pipeline.Builder().build(options, served,
                new org.notegraph.diag.Diagnostics(), org.notegraph.pipeline.Builder.Progress.NONE, false);
        first.diagnostics().forEach(d -> err.println(d.format()));
        out.println("notegraph: watching " + watch + ": " + first.changes());
        out.flush();
        return new org.notegraph.pipeline.NoteWatcher(options, served, r -> {
            r.diagnostics().forEach(d -> err.println(d.format()));
            out.printf(java.util.Locale.ROOT, "notegraph: rebuilt in %.1f s: %s%n", r.seconds(), r.changes());
            out.flush();
            err.flush();
        }, e -> {
            err.println("notegraph: rebuild failed (" + e + "); still watching");
            err.flush();
        }).start();
    }

    /** How {@code --watch} builds the watched folders: with the defaults of {@code build} for all it does not set. */
    private org.notegraph.pipeline.BuildOptions buildOptions(String base, Path db) {
        return new org.notegraph.pipeline.BuildOptions(watch, includes, base, db, 0, java.util.List.of(), null);
    }

    /** The options {@code serve} and {@code demo} share, and how both run a server until stopped. */
    public static final class ServerOptions {
        @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
                description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
        String host;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit (default: ${DEFAULT-VALUE}).")
        long timeout;

        @Option(names = "--allow-update",
                description = "Add SPARQL Update (/kg/update) and Graph Store writes (/kg/data), for users logged in with --passwd.")
        boolean allowUpdate;

        @Option(names = "--passwd", paramLabel = "FILE",
                description = "Password file (Fuseki/Jetty format, one 'user: password' a line) for HTTP basic login to writes "
                        + "and to admin operations (create, delete, back up datasets).")
        Path passwd;

        @Option(names = "--metrics", description = "Serve Prometheus metrics at /$/metrics.")
        boolean metrics;

        @Option(names = "--base", paramLabel = "IRI", description = "Instance IRI base served by path (default: the one the store was built with).")
        String base;

        @Option(names = "--admin-dir", paramLabel = "DIR",
                description = "Fuseki admin area for backups and admin-created datasets (default: DB/fuseki with --passwd, else a temporary folder).")
        Path adminDir;

        ServeOptions options(Path db, Path config, CommandSpec spec) {
            return options(db, config, spec, null);
        }

        ServeOptions options(Path db, Path config, CommandSpec spec, org.notegraph.query.RemoteSource remote) {
            PrintWriter err = spec.commandLine().getErr();
            if (allowUpdate && passwd == null) {
                err.println("notegraph: --allow-update needs --passwd FILE: writes are only for logged-in users");
                return null;
            }
            if (passwd != null && !Files.isReadable(passwd)) {
                err.println("notegraph: cannot read the password file " + passwd);
                return null;
            }
            if (timeout <= 0 || port < 0 || port > 65535) {
                err.println("notegraph: --timeout must be positive and --port between 0 and 65535");
                return null;
            }
            return new ServeOptions(db, config, host, port, Duration.ofSeconds(timeout), allowUpdate, passwd, metrics, base, adminDir, remote);
        }

        /** Something to start once the server runs (a watcher), closed when it stops. */
        interface Companion {
            AutoCloseable start(NotegraphServer server) throws Exception;
        }

        int run(ServeOptions options, String what, CommandSpec spec) throws Exception {
            return run(options, what, spec, s -> () -> { });
        }

        int run(ServeOptions options, String what, CommandSpec spec, Companion companion) throws Exception {
            return run(options, s -> what, spec, companion);
        }

        /** Runs the server; {@code what} says what it serves, once it has started. */
        int run(ServeOptions options, java.util.function.Function<NotegraphServer, String> what, CommandSpec spec, Companion companion)
                throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            NotegraphServer s = NotegraphServer.start(options);
            Thread hook = new Thread(s::close, "notegraph-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            String url = s.url();
            out.println("notegraph: serving " + what.apply(s) + " as /" + NotegraphServer.DATASET + " ("
                    + (options.allowUpdate() ? "updates for logged-in users" : "read-only") + ")");
            out.println("  Fuseki UI:        " + url);
            out.println("  notegraph pages:  " + url + "home");
            out.println("  SPARQL endpoint:  " + url + NotegraphServer.DATASET + "/query");
            out.println("Press Ctrl-C to stop.");
            out.flush();
            try (AutoCloseable running = companion.start(s)) {
                s.join();
            }
            return ExitCodes.OK;
        }
    }
}
