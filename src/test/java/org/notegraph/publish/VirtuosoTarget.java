package org.notegraph.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.notegraph.testing.ChildProcesses;

/**
 * Virtuoso Open Source 7.2 (Debian's {@code virtuoso-opensource}) for publish tests: {@code virtuoso-t}
 * started in the foreground with a database and an ini of its own in a temporary folder, on free
 * ports of 127.0.0.1, stopped by its own process. Writes go to {@code /sparql-auth} (SPARQL Update,
 * HTTP Digest login as {@code dba}, whose password a fresh database sets to {@code dba}); reads to
 * {@code /sparql}. Fails, never skips, when virtuoso-t is not installed.
 */
final class VirtuosoTarget implements AutoCloseable {
    static final String BINARY = "virtuoso-t";
    static final String USER = "dba";
    static final String PASSWORD = "dba";

    private final Process process;
    private final Path dir;
    private final int httpPort;

    VirtuosoTarget(Path dir) throws Exception {
        this.dir = dir;
        Path binary = onPath(BINARY);
        if (binary == null) {
            throw new AssertionError(BINARY + " is not installed: the Virtuoso publish test needs Debian's virtuoso-opensource "
                    + "(apt-get install virtuoso-opensource; .ci/run installs it)");
        }
        Files.createDirectories(dir);
        int sqlPort = ChildProcesses.freePort();
        httpPort = ChildProcesses.freePort();
        String d = dir.toAbsolutePath().toString();
        String ini = String.join("\n",
                "[Database]", "DatabaseFile = " + d + "/virtuoso.db", "ErrorLogFile = " + d + "/virtuoso.log",
                "LockFile = " + d + "/virtuoso.lck", "TransactionFile = " + d + "/virtuoso.trx",
                "xa_persistent_file = " + d + "/virtuoso.pxa", "ErrorLogLevel = 7", "FileExtend = 200", "MaxCheckpointRemap = 2000",
                "Striping = 0", "TempStorage = TempDatabase",
                "[TempDatabase]", "DatabaseFile = " + d + "/virtuoso-temp.db", "TransactionFile = " + d + "/virtuoso-temp.trx",
                "MaxCheckpointRemap = 2000", "Striping = 0",
                "[Parameters]", "ServerPort = 127.0.0.1:" + sqlPort, "DisableUnixSocket = 1", "MaxClientConnections = 10",
                "CheckpointInterval = 60", "NumberOfBuffers = 10000", "MaxDirtyBuffers = 6000", "DirsAllowed = ., " + d,
                "VADInstallDir = /usr/share/virtuoso-opensource-7/vad/",
                "[HTTPServer]", "ServerPort = 127.0.0.1:" + httpPort, "ServerRoot = /var/lib/virtuoso-opensource-7/vsp",
                "MaxClientConnections = 10", "ServerThreads = 10", "MaxKeepAlives = 10", "KeepAliveTimeout = 10", "Charset = UTF-8",
                "[SPARQL]", "ResultSetMaxRows = 1000000", "MaxQueryExecutionTime = 300", "");
        Path iniFile = dir.resolve("virtuoso.ini");
        Files.writeString(iniFile, ini, StandardCharsets.UTF_8);
        process = new ProcessBuilder(binary.toString(), "+configfile", iniFile.toString(), "+foreground")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        awaitOnline(Duration.ofSeconds(180));
    }

    String update() { return "http://127.0.0.1:" + httpPort + "/sparql-auth"; }

    String gsp() { return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth"; }

    String query() { return "http://127.0.0.1:" + httpPort + "/sparql"; }

    /** A copy of every graph under {@code prefix} (Virtuoso keeps system graphs of its own beside them). */
    Map<String, Graph> graphs(String prefix) {
        Map<String, Graph> out = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.service(query()).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
            qe.execSelect().forEachRemaining(row -> {
                String g = row.getResource("g").getURI();
                if (g.startsWith(prefix)) out.put(g, null);
            });
        }
        for (String g : out.keySet()) {
            try (QueryExecution qe = QueryExecution.service(query())
                    .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }").build()) {
                out.put(g, qe.execConstruct().getGraph());
            }
        }
        return out;
    }

    private void awaitOnline(Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        URI ask = URI.create(query() + "?query=ASK%7B%7D");
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new AssertionError("virtuoso-t exited with " + process.exitValue() + ": " + log());
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("virtuoso-t did not answer at " + query() + " within " + limit.toSeconds() + " s: " + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("out.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static Path onPath(String name) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path f = Path.of(p, name);
            if (Files.isExecutable(f)) return f;
        }
        return null;
    }


    @Override
    public void close() throws Exception {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}
