package org.notegraph.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * A real Fuseki 5.6 server for publish tests, in this JVM on a free port of 127.0.0.1: dataset
 * {@code /ds} over its own TDB2 database (default graph not the union, as Fuseki ships), queries
 * open at {@code /ds/query}, Graph Store writes at {@code /ds/data} and SPARQL Update at
 * {@code /ds/update} for logged-in users only (HTTP Basic against a password file, as
 * {@code fuseki-server --update --passwd}). It counts the write requests it receives and can be
 * told to answer slowly, so that a publish takes long enough to be killed in the middle. The
 * {@code serve --endpoint} tests also start it with the union of its graphs as default graph, or
 * with queries, too, for logged-in users only.
 */
public final class FusekiTarget implements AutoCloseable {
    public static final String USER = "publisher";
    public static final String PASSWORD = "correct horse battery";

    /** What the target's default graph is, and who may query it. */
    public enum Kind { PLAIN, UNION_DEFAULT_GRAPH, QUERIES_NEED_LOGIN }

    private final FusekiServer server;
    private final DatasetGraph dsg;
    private final Map<String, AtomicInteger> writes = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long delayMillis;

    public FusekiTarget(Path dir) {
        this(dir, Kind.PLAIN);
    }

    public FusekiTarget(Path dir, Kind kind) {
        try {
            Files.createDirectories(dir);
            Path passwd = dir.resolve("passwd");
            Files.writeString(passwd, USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
            dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
            if (kind == Kind.UNION_DEFAULT_GRAPH) dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            var readers = kind == Kind.QUERIES_NEED_LOGIN ? Auth.ANY_USER : Auth.ANY_ANON;
            DataService.Builder ds = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "query", readers)
                    .addEndpoint(Operation.Query, "sparql", readers)
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER)
                    .addEndpoint(Operation.Update, "update", Auth.ANY_USER);
            Filter counter = (req, resp, chain) -> {
                HttpServletRequest http = (HttpServletRequest) req;
                String m = http.getMethod();
                if (!m.equals("GET") && !m.equals("HEAD") && !http.getRequestURI().endsWith("/query")) {
                    writes.computeIfAbsent(m, k -> new AtomicInteger()).incrementAndGet();
                    long d = delayMillis;
                    if (d > 0) {
                        try {
                            Thread.sleep(d);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                chain.doFilter(req, resp);
            };
            server = FusekiServer.create().loopback(true).port(0).passwordFile(passwd.toString()).auth(AuthScheme.BASIC)
                    .add("/ds", ds).addFilter("/*", counter).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() { return "http://127.0.0.1:" + server.getHttpPort() + "/ds"; }

    public String gsp() { return base() + "/data"; }

    public String update() { return base() + "/update"; }

    public String query() { return base() + "/query"; }

    public void delay(long millis) { delayMillis = millis; }

    /** Write requests received (authenticated or not) by HTTP method, since the last reset. */
    public int writes(String method) {
        AtomicInteger n = writes.get(method);
        return n == null ? 0 : n.get();
    }

    public void resetCounts() { writes.clear(); }

    /** A copy of every named graph the target holds. */
    public Map<String, Graph> graphs() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Graph> out = new TreeMap<>();
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) {
                Node n = it.next();
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(n).find().forEachRemaining(copy::add);
                if (!copy.isEmpty()) out.put(n.getURI(), copy);
            }
            return out;
        });
    }

    /** The triples in the target's default graph (Fuseki's own, not a union). */
    public long defaultGraphSize() { return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size()); }

    @Override
    public void close() { server.stop(); }
}
