import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of bench/serve-throughput.sh (run as a source file: java bench/LoadClient.java).
 *
 *   startup --url URL --query Q [--cwd DIR] [--timeout S] -- COMMAND...
 *       starts COMMAND, sends Q to URL every 20 ms until an answer (HTTP 200) arrives, prints
 *       "startup_seconds X" (from the moment the process is spawned), then stops COMMAND.
 *   load --url URL --query Q [--concurrency C] [--requests N] [--warmup W] [--reps R]
 *       closed loop: C clients each send GET URL?query=Q and wait for the whole answer; W
 *       requests of warm-up, then R repetitions of N requests; prints each repetition's
 *       queries/s and latencies, then "queries_per_second_median X".
 *   round --url URL --query Q [--cwd DIR] [--log FILE] [--concurrency C] [--requests N] [--warmup W] -- COMMAND...
 *       one round of both: starts COMMAND, prints "startup_seconds X", warms up, measures one
 *       repetition ("queries_per_second X"), stops COMMAND. Alternating rounds of two servers
 *       keeps a shared, noisy machine from favouring whichever ran first.
 *
 * Talks only to the URL given (the scripts use 127.0.0.1), and every loop is bounded.
 */
public final class LoadClient {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage();
        Map<String, String> opts = new HashMap<>();
        List<String> command = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) {
                command.addAll(Arrays.asList(args).subList(i + 1, args.length));
                break;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) usage();
            opts.put(args[i].substring(2), args[++i]);
        }
        String url = require(opts, "url") + "?query=" + URLEncoder.encode(require(opts, "query"), StandardCharsets.UTF_8);
        switch (args[0]) {
            case "startup" -> startup(url, command, opts);
            case "load" -> load(url, opts);
            case "round" -> round(url, command, opts);
            default -> usage();
        }
    }

    static void startup(String url, List<String> command, Map<String, String> opts) throws Exception {
        Process p = spawnAndAwait(url, command, opts);
        stop(p);
    }

    static void round(String url, List<String> command, Map<String, String> opts) throws Exception {
        Process p = spawnAndAwait(url, command, opts);
        try {
            int concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "8"));
            int requests = Integer.parseInt(opts.getOrDefault("requests", "8000"));
            int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10000"));
            run(url, concurrency, warmup, new long[1]);
            long[] lat = new long[requests];
            long t0 = System.nanoTime();
            run(url, concurrency, requests, lat);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(lat);
            System.out.printf(Locale.ROOT, "queries_per_second %.0f (%d requests, %d clients, %.2f s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms)%n",
                    requests / seconds, requests, concurrency, seconds, lat[requests / 2] / 1e6,
                    lat[(int) (requests * 0.95)] / 1e6, lat[(int) (requests * 0.99)] / 1e6);
        } finally {
            stop(p);
        }
    }

    /** Starts the server and waits for its first answer; prints the seconds from spawning it. */
    static Process spawnAndAwait(String url, List<String> command, Map<String, String> opts) throws Exception {
        if (command.isEmpty()) usage();
        double timeout = Double.parseDouble(opts.getOrDefault("timeout", "120"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(opts.getOrDefault("log", "/dev/null"))));
        if (opts.containsKey("cwd")) pb.directory(new File(opts.get("cwd")));
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            while (true) {
                double elapsed = (System.nanoTime() - t0) / 1e9;
                if (elapsed > timeout) throw new IllegalStateException("no answer within " + timeout + " s");
                if (!p.isAlive()) throw new IllegalStateException("the server exited with " + p.exitValue());
                try {
                    HttpResponse<byte[]> r = CLIENT.send(request(url), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() == 200 && r.body().length > 0) {
                        System.out.printf(Locale.ROOT, "startup_seconds %.3f%n", (System.nanoTime() - t0) / 1e9);
                        System.out.flush();
                        return p;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
        } catch (Exception | Error e) {
            stop(p);
            throw e;
        }
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    static void load(String url, Map<String, String> opts) throws Exception {
        int concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "8"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "8000"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "2000"));
        int reps = Integer.parseInt(opts.getOrDefault("reps", "3"));
        long[] check = new long[1];
        run(url, concurrency, warmup, check);
        double[] rates = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            long[] lat = new long[requests];
            long t0 = System.nanoTime();
            run(url, concurrency, requests, lat);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(lat);
            rates[rep] = requests / seconds;
            System.out.printf(Locale.ROOT, "rep %d: %d requests, %d clients, %.2f s, %.0f queries/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d bytes/answer%n",
                    rep + 1, requests, concurrency, seconds, rates[rep], lat[requests / 2] / 1e6, lat[(int) (requests * 0.95)] / 1e6,
                    lat[(int) (requests * 0.99)] / 1e6, check[0]);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "queries_per_second_median %.0f (min %.0f, max %.0f)%n", sorted[reps / 2], sorted[0], sorted[reps - 1]);
    }

    /** Sends n requests from c clients; latencies (ns) go into lat when it is long enough. */
    static void run(String url, int c, int n, long[] lat) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(c);
        for (int t = 0; t < c; t++) {
            Thread th = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        long s = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = CLIENT.send(request(url), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) failures.incrementAndGet();
                            bytes.set(r.body().length);
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        if (lat.length == n) lat[i] = System.nanoTime() - s;
                    }
                } finally {
                    done.countDown();
                }
            });
            th.setDaemon(true);
            th.start();
        }
        if (!done.await(30, TimeUnit.MINUTES)) throw new IllegalStateException("load did not finish");
        if (failures.get() > 0) throw new IllegalStateException(failures.get() + " of " + n + " requests failed");
        if (lat.length == 1) lat[0] = bytes.get();
    }

    static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) usage();
        return v;
    }

    static void usage() {
        System.err.println("usage: LoadClient startup --url URL --query Q [--cwd DIR] [--log FILE] [--timeout S] -- COMMAND...\n"
                + "       LoadClient load --url URL --query Q [--concurrency 8] [--requests 8000] [--warmup 2000] [--reps 3]\n"
                + "       LoadClient round --url URL --query Q [--cwd DIR] [--log FILE] [--concurrency 8] [--requests 8000] [--warmup 10000] -- COMMAND...");
        System.exit(2);
    }
}
