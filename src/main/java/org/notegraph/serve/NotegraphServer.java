package org.notegraph.serve;

import org.notegraph.query.RemoteCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.notegraph.serve.pages.PagesModule;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * The notegraph server: Fuseki over the store (or over a {@link RemoteCopy} of a remote store) as
 * dataset {@code /kg} (the union of all graphs is the default graph), with the Fuseki UI, the notegraph pages, and safe defaults: bound to
 * 127.0.0.1, read-only, query time limit, writes and admin changes only for logged-in users.
 *
 * <pre>
 *   /kg/query, /kg/sparql, /kg    SPARQL Query (GET and POST)
 *   /kg/get                       Graph Store Protocol, read
 *   /kg/shacl                     SHACL validation (POST shapes, ?graph=default)
 *   /kg/update, /kg/data          SPARQL Update and Graph Store writes (--allow-update, logged in)
 *   /$/ping, /$/server, /$/stats  server control, for the UI
 *   /, /#/dataset/kg/query        the Fuseki UI
 *   /home, /page?iri=, /search    the notegraph pages; base IRIs also resolve by path
 * </pre>
 */
public final class NotegraphServer implements AutoCloseable {
    public static final String DATASET = "kg";
    public static final String REALM = "notegraph";

    private final FusekiServer server;
    private final NoteStore store;
    private final RemoteCopy copy;
    private final Path temporaryAdminArea;
    private final String host;
    private final PagesModule pages;
    private final UserStore users;

    private NotegraphServer(FusekiServer server, NoteStore store, RemoteCopy copy, Path temporaryAdminArea, String host,
                            PagesModule pages, UserStore users) {
        this.server = server;
        this.store = store;
        this.copy = copy;
        this.temporaryAdminArea = temporaryAdminArea;
        this.host = host;
        this.pages = pages;
        this.users = users;
    }

    /**
     * Opens the store (or reads the configuration, or fetches a copy of the remote store), builds the
     * server and starts it.
     */
    public static NotegraphServer start(ServeOptions options) {
        NoteStore store = null;
        RemoteCopy copy = null;
        Path tempArea = null;
        UserStore users = null;
        try {
            FusekiServer.Builder builder = FusekiServer.create().port(options.port());
            if (options.db() != null) {
                store = Stores.openExisting(options.db());
                builder.add(DATASET, dataService(store.datasetGraph(), options));
            } else if (options.remote() != null) {
                copy = RemoteCopy.fetch(options.remote(), options.timeout());
                builder.add(DATASET, dataService(copy.datasetGraph(), options));
            } else {
                builder.parseConfigFile(options.config());
                if (builder.getDataset(DATASET) == null) {
                    throw new FusekiConfigException(options.config() + " defines no dataset /" + DATASET);
                }
            }

            Path area = options.adminDir();
            if (area == null && options.passwd() != null && options.db() != null) area = options.db().resolve("fuseki");
            if (area == null) area = tempArea = Files.createTempDirectory("notegraph-fuseki-");

            PagesModule pages = new PagesModule(DATASET, options.base(), options.timeout(), copy == null ? null : copy::notice);
            List<FusekiModule> modules = List.of(new AdminModule(area), FMod_UI.create(), pages);
            builder.fusekiModules(FusekiModules.create(modules))
                    .enablePing(true)
                    .enableStats(true)
                    .enableMetrics(options.metrics())
                    .addFilter("/*", new CorsFilter())
                    .addFilter("/*", new WriteGuard(options.allowUpdate(), options.passwd() != null, REALM))
                    .addFilter("/*", new UnionDefaultGraphReads(DATASET));
            if (options.passwd() != null) {
                if (!Files.isReadable(options.passwd())) throw new FusekiConfigException("cannot read the password file " + options.passwd());
                users = JettySecurityLib.makeUserStore(options.passwd().toString());
                builder.securityHandler(securityHandler(users));
            }

            FusekiServer server = builder.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(options.host());
            }
            try {
                server.start();
            } catch (RuntimeException e) {
                try {
                    server.stop();
                } catch (RuntimeException stopping) {
                    e.addSuppressed(stopping);
                }
                throw bindFailure(e, options);
            }
            return new NotegraphServer(server, store, copy, tempArea, options.host(), pages, users);
        } catch (IOException e) {
            close(store, copy, tempArea, users);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close(store, copy, tempArea, users);
            throw e;
        }
    }

    /** A start that failed because the port is taken, as a {@link PortInUseException}; other failures as they are. */
    private static RuntimeException bindFailure(RuntimeException e, ServeOptions options) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) return new PortInUseException(options.host(), options.port(), e);
        }
        return e;
    }

    /**
     * The dataset's endpoints. Queries carry the time limit in their endpoint context; the update
     * and Graph Store write endpoints exist only with --allow-update and only for logged-in users.
     */
    static DataService.Builder dataService(DatasetGraph dsg, ServeOptions options) {
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        DataService.Builder ds = DataService.newBuilder(dsg)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("query").context(limits).build())
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql").context(limits).build())
                .addEndpoint(Endpoint.create().operation(Operation.Query).context(limits).build())
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Shacl, "shacl");
        if (options.allowUpdate()) {
            ds.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
              .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        return ds;
    }

    /**
     * HTTP Basic login against the password file, asked for only where a change is requested:
     * the write endpoints and the admin operations that change the server.
     */
    static ConstraintSecurityHandler securityHandler(UserStore users) {
        ConstraintSecurityHandler csh = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        for (String ep : List.of("update", "data")) {
            loginFor(csh, "/" + DATASET + "/" + ep);
            loginFor(csh, "/" + DATASET + "/" + ep + "/*");
        }
        for (String op : WriteGuard.ADMIN_WRITE_ALWAYS) loginFor(csh, "/$/" + op + "/*");
        // /$/datasets: reading (the UI's dataset list) is open, every other method needs a login.
        String[] changes = {"POST", "PUT", "DELETE", "PATCH"};
        for (String method : changes) {
            ConstraintMapping m = mapping("/$/datasets/*", Constraint.ANY_USER);
            m.setMethod(method);
            csh.addConstraintMapping(m);
        }
        ConstraintMapping reads = mapping("/$/datasets/*", Constraint.ALLOWED);
        reads.setMethodOmissions(changes);
        csh.addConstraintMapping(reads);
        return csh;
    }

    private static void loginFor(ConstraintSecurityHandler csh, String pathSpec) {
        csh.addConstraintMapping(mapping(pathSpec, Constraint.ANY_USER));
    }

    private static ConstraintMapping mapping(String pathSpec, Constraint constraint) {
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setConstraint(constraint);
        mapping.setPathSpec(pathSpec);
        return mapping;
    }

    public int port() { return server.getHttpPort(); }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host;
        try {
            if (InetAddress.getByName(host).isAnyLocalAddress()) h = "127.0.0.1";
        } catch (UnknownHostException e) {
            // a name we bound to; use it as given
        }
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port() + "/";
    }

    /** The instance IRI base whose IRIs resolve by path. */
    public String base() { return pages.base(); }

    public FusekiServer fuseki() { return server; }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    /** The store served, when the server opened it itself (not with --config). */
    public java.util.Optional<NoteStore> store() { return java.util.Optional.ofNullable(store); }

    /** The copy served, when the server serves a remote store ({@code --endpoint}). */
    public java.util.Optional<RemoteCopy> remoteCopy() { return java.util.Optional.ofNullable(copy); }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            close(store, copy, temporaryAdminArea, users);
        }
    }

    private static void close(NoteStore store, RemoteCopy copy, Path tempArea, UserStore users) {
        try {
            if (users != null) users.stop();
        } catch (Exception e) {
            // the password file watcher is a daemon; nothing to do
        }
        if (store != null) store.close();
        if (copy != null) copy.close();
        if (tempArea != null) deleteTree(tempArea);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
