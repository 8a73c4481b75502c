import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Save-to-visible latency of {@code notegraph serve --watch}, for bench/run. Waits until the
 * server's log shows its first rebuild (the one that follows the start of watching), then EDITS
 * times: appends a list item with a new paper link to one note (a different note each time),
 * and asks the SPARQL endpoint every 20 ms whether the item's title is in the store. Prints each
 * edit's latency (from the moment the file is written and closed to the first answer that says
 * yes), then {@code watch EDITS P50_MS P95_MS MAX_MS}.
 *
 *   WatchLatency --url URL --notes DIR --log SERVER_LOG [--edits N] [--timeout S]
 */
public final class WatchLatency {
    public static void main(String[] args) throws Exception {
        String url = null, log = null;
        Path notes = null;
        int edits = 20;
        long timeout = 300;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--notes" -> notes = Path.of(args[i + 1]);
                case "--log" -> log = args[i + 1];
                case "--edits" -> edits = Integer.parseInt(args[i + 1]);
                case "--timeout" -> timeout = Long.parseLong(args[i + 1]);
                default -> usage();
            }
        }
        if (url == null || notes == null || log == null || args.length % 2 != 0) usage();
        awaitLine(Path.of(log), "rebuilt in", timeout);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(notes)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long run = System.currentTimeMillis() % 100000;
        List<Double> ms = new ArrayList<>();
        for (int e = 1; e <= edits; e++) {
            Path note = files.get((int) ((e * 7919L) % files.size()));
            String title = "Watch probe " + run + " edit " + e + " of the bench";
            String item = String.format(Locale.ROOT, "%n- [%s](https://arxiv.org/abs/1312.%05d)%n", title, 90000 + e);
            Files.writeString(note, item, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            long saved = System.nanoTime();
            String ask = "ASK { ?s ?p \"" + title + "\" }";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(ask, StandardCharsets.UTF_8)).build();
            long deadline = saved + timeout * 1_000_000_000L;
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    seen = r.statusCode() == 200 && r.body().replace(" ", "").contains("\"boolean\":true");
                } catch (IOException ignored) {
                    // the server is busy or restarting its connector: ask again
                }
                if (!seen) Thread.sleep(20);
            }
            if (!seen) {
                System.out.printf(Locale.ROOT, "edit %d (%s): not visible after %d s%n", e, notes.relativize(note), timeout);
                System.exit(1);
            }
            double latency = (System.nanoTime() - saved) / 1e6;
            ms.add(latency);
            System.out.printf(Locale.ROOT, "edit %2d (%s): visible after %.0f ms%n", e, notes.relativize(note), latency);
            Thread.sleep(300);
        }
        ms.sort(null);
        System.out.printf(Locale.ROOT, "watch\t%d\t%.0f\t%.0f\t%.0f%n", ms.size(), Percentiles.of(ms, 50), Percentiles.of(ms, 95), ms.get(ms.size() - 1));
    }

    private static void awaitLine(Path log, String text, long timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) return;
            Thread.sleep(100);
        }
        System.out.println("the server's log " + log + " shows no '" + text + "' after " + timeoutSeconds + " s");
        System.exit(1);
    }


    private static void usage() {
        System.err.println("usage: WatchLatency --url URL --notes DIR --log SERVER_LOG [--edits N] [--timeout S]");
        System.exit(2);
    }
}
