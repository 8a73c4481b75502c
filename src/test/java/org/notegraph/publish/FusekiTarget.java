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
 * told to answer slowly, so that a publish takes long enough to be killed in the middle.
 */
final class FusekiTarget implements AutoCloseable {
    static final String USER = "publisher";
    static final String PASSWORD = "correct horse battery";

    private final FusekiServer server;
    private final DatasetGraph dsg;
    private final Map<String, AtomicInteger> writes = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long delayMillis;

    FusekiTarget(Path dir) {
        try {
            Files.createDirectories(dir);
            Path passwd = dir.resolve("passwd");
            Files.writeString(passwd, USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
            dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
            DataService.Builder ds = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "sparql")
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

    String base() { return "http://127.0.0.1:" + server.getHttpPort() + "/ds"; }

    String gsp() { return base() + "/data"; }

    String update() { return base() + "/update"; }

    String query() { return base() + "/query"; }

    void delay(long millis) { delayMillis = millis; }

    /** Write requests received (authenticated or not) by HTTP method, since the last reset. */
    int writes(String method) {
        AtomicInteger n = writes.get(method);
        return n == null ? 0 : n.get();
    }

    void resetCounts() { writes.clear(); }

    /** A copy of every named graph the target holds. */
    Map<String, Graph> graphs() {
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
    long defaultGraphSize() { return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size()); }

    @Override
    public void close() { server.stop(); }
}
