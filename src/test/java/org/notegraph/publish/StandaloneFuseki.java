package org.notegraph.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.notegraph.testing.ChildProcesses;

/**
 * The standalone Fuseki 5.6 server ({@code jena-fuseki-server} from Maven Central, copied by the
 * build to {@code target/standalone/jena-fuseki-server.jar}) in a JVM of its own, as a lab would run
 * it: {@code --localhost --update --passwd FILE --auth=basic --tdb2 --loc DIR /ds} on a free port,
 * its run folder and log in a temporary folder, stopped by its own process. With a password file the
 * server asks every request (reads too) for the login, so the graphs are read back with it, through
 * the Graph Store Protocol. Fails, never skips, when the jar is missing or the server does not start.
 */
final class StandaloneFuseki implements AutoCloseable {
    static final String USER = "lab-publisher";
    static final String PASSWORD = "staple battery horse";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final int port;

    StandaloneFuseki(Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("notegraph.fusekiServerJar", "target/standalone/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("the standalone Fuseki jar " + jar + " is missing (the build copies org.apache.jena:"
                    + "jena-fuseki-server to it in generate-test-resources)");
        }
        Files.createDirectories(dir);
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
        Path db = Files.createDirectories(dir.resolve("tdb2"));
        port = ChildProcesses.freePort();
        log = dir.resolve("fuseki.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toAbsolutePath().toString(), "--localhost", "--port=" + port, "--update",
                "--passwd=" + passwd.toAbsolutePath(), "--auth=basic", "--tdb2", "--loc=" + db.toAbsolutePath(), "/ds"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FUSEKI_BASE", dir.resolve("run").toAbsolutePath().toString());
        process = pb.start();
        awaitOnline(Duration.ofSeconds(120));
    }

    String base() { return "http://127.0.0.1:" + port + "/ds"; }

    String gsp() { return base() + "/data"; }

    String query() { return base() + "/query"; }

    private String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Status of an unauthenticated and of an authenticated {@code ASK {}} (the server asks for the login). */
    int[] askStatuses() throws Exception {
        URI ask = URI.create(query() + "?query=ASK%7B%7D");
        int anonymous = CLIENT.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        int known = CLIENT.send(HttpRequest.newBuilder(ask).header("Authorization", authorization()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        return new int[] {anonymous, known};
    }

    /** Every non-empty named graph on the server, each read back by a Graph Store Protocol GET. */
    Map<String, Graph> graphs() throws Exception {
        Map<String, Graph> out = new TreeMap<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(query()).httpHeader("Authorization", authorization())
                .query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
            qe.execSelect().forEachRemaining(row -> out.put(row.getResource("g").getURI(), null));
        }
        for (String g : out.keySet()) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(gsp() + "?graph=" + URLEncoder.encode(g, StandardCharsets.UTF_8)))
                    .header("Authorization", authorization()).header("Accept", "application/n-triples").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) throw new AssertionError("GET of graph <" + g + "> answered " + r.statusCode() + ": " + r.body());
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(graph);
            out.put(g, graph);
        }
        return out;
    }

    private void awaitOnline(Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        URI ask = URI.create(query() + "?query=ASK%7B%7D");
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new AssertionError("the standalone Fuseki exited with " + process.exitValue() + ":\n" + log());
            try {
                HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(ask).header("Authorization", authorization())
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the standalone Fuseki did not answer at " + query() + " within " + limit.toSeconds() + " s:\n" + log());
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }


    @Override
    public void close() throws InterruptedException {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}
