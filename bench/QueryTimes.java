import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.notegraph.query.NamedQueries;
import org.notegraph.query.QueryRunner;
import org.notegraph.query.QueryTimeoutException;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * Times one named query for bench/run, in-process (notegraph's own QueryRunner on the opened
 * store, results written as CSV to nowhere, as {@code notegraph query --format csv} does) or over
 * HTTP (POST to a running server's SPARQL endpoint, CSV answer read whole). The first run warms up
 * and is reported apart; then up to RUNS timed runs while their total stays within BUDGET seconds.
 * Prints one tab-separated line:
 *
 *   query NAME MODE rows|bytes FIRST_MS RUNS P50_MS P95_MS STATUS
 *
 * STATUS is {@code ok}, {@code timeout} (the query's time limit stopped it), {@code http-NNN}, or
 * {@code abandoned} (no answer within the limit plus 30 s over HTTP: exit code 3, so that the
 * caller restarts the server, which may still be running the query).
 *
 *   QueryTimes inprocess --db DB --name NAME [--param K=V]... [--runs N] [--budget S] [--timeout S]
 *   QueryTimes http --url URL --name NAME [--param K=V]... [--runs N] [--budget S] [--timeout S]
 */
public final class QueryTimes {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) usage();
        String mode = args[0];
        Map<String, String> opts = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("--")) usage();
            if (args[i].equals("--param")) {
                String[] kv = args[i + 1].split("=", 2);
                if (kv.length != 2) usage();
                params.put(kv[0], kv[1]);
            } else {
                opts.put(args[i].substring(2), args[i + 1]);
            }
        }
        String name = require(opts, "name");
        String text = NamedQueries.load(name).orElseThrow(() -> new IllegalArgumentException("no named query " + name));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "10"));
        double budget = Double.parseDouble(opts.getOrDefault("budget", "30"));
        long timeout = Long.parseLong(opts.getOrDefault("timeout", "30"));
        Timed timed = switch (mode) {
            case "inprocess" -> inProcess(Path.of(require(opts, "db")), text, params, timeout);
            case "http" -> overHttp(require(opts, "url"), text, params, timeout);
            default -> { usage(); yield null; }
        };
        String unit = mode.equals("http") ? "bytes" : "rows";
        Outcome first = timed.run();
        List<Double> ms = new ArrayList<>();
        // A cold first run that the time limit stopped may still answer warm: the timed runs are tried anyway.
        Outcome last = first;
        long size = first.size;
        double spent = first.status.equals("ok") ? 0 : first.ms;
        while (!last.status.equals("abandoned") && ms.size() < runs && spent < budget * 1000) {
            last = timed.run();
            if (!last.status.equals("ok")) break;
            ms.add(last.ms);
            size = last.size;
            spent += last.ms;
        }
        ms.sort(null);
        String status = last.status.equals("ok") && !first.status.equals("ok") ? "ok; first run: " + first.status : last.status;
        System.out.printf(Locale.ROOT, "query\t%s\t%s\t%d %s\t%.1f\t%d\t%s\t%s\t%s%n", name, mode, size, unit, first.ms,
                ms.size(), ms.isEmpty() ? "-" : fmt(Percentiles.of(ms, 50)), ms.isEmpty() ? "-" : fmt(Percentiles.of(ms, 95)), status);
        System.out.flush();
        timed.close();
        System.exit(status.equals("abandoned") ? 3 : 0);
    }

    private record Outcome(double ms, long size, String status) {}

    private interface Timed extends AutoCloseable {
        Outcome run() throws Exception;

        default void close() {}
    }

    private static Timed inProcess(Path db, String text, Map<String, String> params, long timeout) {
        NoteStore store = Stores.openExisting(db);
        QueryRunner runner = new QueryRunner(store.datasetGraph(), timeout);
        return new Timed() {
            public Outcome run() {
                long t0 = System.nanoTime();
                try {
                    long rows = runner.run(text, params, QueryRunner.Format.CSV, OutputStream.nullOutputStream());
                    return new Outcome((System.nanoTime() - t0) / 1e6, rows, "ok");
                } catch (QueryTimeoutException e) {
                    return new Outcome((System.nanoTime() - t0) / 1e6, 0, "timeout");
                }
            }

            public void close() { store.close(); }
        };
    }

    private static Timed overHttp(String url, String text, Map<String, String> params, long timeout) {
        String sent = withParameters(text, params);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeout + 30))
                .header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(sent, StandardCharsets.UTF_8)).build();
        return () -> {
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                double ms = (System.nanoTime() - t0) / 1e6;
                String status = response.statusCode() == 200 ? "ok" : "http-" + response.statusCode();
                return new Outcome(ms, response.body().length, status);
            } catch (HttpTimeoutException e) {
                return new Outcome((System.nanoTime() - t0) / 1e6, 0, "abandoned");
            }
        };
    }

    /** The query with each parameter put in place of its variable, as {@code notegraph query --param} binds it. */
    static String withParameters(String text, Map<String, String> params) {
        if (params.isEmpty()) return text;
        Map<Var, Node> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(Var.alloc(k), NodeFactory.createLiteralString(v)));
        Query query = QueryTransformOps.syntaxSubstitute(QueryFactory.create(text), values);
        return query.serialize();
    }


    private static String fmt(double ms) { return String.format(Locale.ROOT, "%.1f", ms); }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) usage();
        return v;
    }

    private static void usage() {
        System.err.println("usage: QueryTimes inprocess --db DB | http --url URL, then --name NAME [--param K=V]... [--runs N] [--budget S] [--timeout S]");
        System.exit(2);
    }
}
