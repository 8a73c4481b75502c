package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notegraph serve --watch}: saved notes reach the running server, and queries sent while it
 * rebuilds never fail and never see half a note.
 */
class ServeWatchTest {
    @TempDir Path tmp;

    private static final Pattern COUNT = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"");

    private static String note(int papers, String tag) {
        StringBuilder sb = new StringBuilder("# Served " + tag + "\n\n");
        for (int i = 0; i < papers; i++) {
            sb.append("- item [Served Graph Nets ").append(tag).append(' ').append(i).append("](https://arxiv.org/abs/2202.")
                    .append(String.format("%05d", i)).append(")\n");
        }
        return sb.toString();
    }

    private static long count(HttpClient http, String base, String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "kg/query?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IllegalStateException("HTTP " + res.statusCode() + ": " + res.body());
        Matcher m = COUNT.matcher(res.body());
        if (!m.find()) throw new IllegalStateException("no count in " + res.body());
        return Long.parseLong(m.group(1));
    }

    @Test
    void savedNotesReachTheServerAndQueriesNeverFailOrSeeHalfANote() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("toggle.md"), note(3, "A0"));
        Files.writeString(notes.resolve("other.md"), note(2, "Other"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.notegraph.cli.Main",
                "serve", "--db", tmp.resolve("db").toString(), "--watch", notes.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("server.log").toFile()).start();
        String base = "http://127.0.0.1:" + port + "/";
        HttpClient http = HttpClient.newHttpClient();
        String perNote = "PREFIX ng: <https://w3id.org/notegraph#> SELECT (COUNT(?m) AS ?n) WHERE { "
                + "?m a ng:PaperMention ; ng:inNote ?note . ?note ng:path \"toggle.md\" }";
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Long> seen = new CopyOnWriteArrayList<>();
        AtomicLong queries = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            boolean up = false;
            while (!up && System.currentTimeMillis() < deadline && server.isAlive()) {
                try {
                    up = count(http, base, perNote) == 3;
                } catch (Exception e) {
                    Thread.sleep(200);
                }
            }
            assertThat(up).as("server up with the watched notes built; log: %s", Files.readString(tmp.resolve("server.log"))).isTrue();
            Thread reader = new Thread(() -> {
                while (running.get()) {
                    try {
                        seen.add(count(http, base, perNote));
                        queries.incrementAndGet();
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }
            });
            reader.start();
            long worst = 0;
            for (int round = 1; round <= 6; round++) {
                int papers = round % 2 == 1 ? 7 : 3;
                long t0 = System.nanoTime();
                Files.writeString(notes.resolve("toggle.md"), note(papers, "R" + round));
                String title = "PREFIX ng: <https://w3id.org/notegraph#> SELECT (COUNT(?m) AS ?n) WHERE { ?m ng:titleAsWritten ?t "
                        + "FILTER(STRSTARTS(?t, \"Served Graph Nets R" + round + " \")) }";
                long until = System.currentTimeMillis() + 30_000;
                while (count(http, base, title) < papers && System.currentTimeMillis() < until) Thread.sleep(25);
                assertThat(count(http, base, title)).as("round %d visible; log: %s", round, Files.readString(tmp.resolve("server.log"))).isEqualTo(papers);
                worst = Math.max(worst, (System.nanoTime() - t0) / 1_000_000);
            }
            running.set(false);
            reader.join(30_000);
            System.out.println("serve --watch: 6 saves, slowest visible after " + worst + " ms; "
                    + queries.get() + " queries meanwhile, " + errors.size() + " errors");
        } finally {
            running.set(false);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            if (server.isAlive()) server.destroyForcibly();
        }
        assertThat(errors).isEmpty();
        assertThat(queries.get()).isGreaterThan(5);
        assertThat(seen).allMatch(n -> n == 3 || n == 7);
    }
}
