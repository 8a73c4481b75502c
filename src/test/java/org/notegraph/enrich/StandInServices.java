package org.notegraph.enrich;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A local stand-in for the scholarly services (127.0.0.1, a free port): each route (decoded path and
 * query, the polite-pool parameters left out) answers with scripted replies in turn, the last one
 * repeating; any other route is a 404. Every request is recorded, so tests count what was sent.
 */
final class StandInServices implements AutoCloseable {
    record Reply(int status, String contentType, String body, String retryAfter) {}

    record Request(String route, String rawUri, String userAgent) {}

    private final HttpServer server;
    private final Map<String, List<Reply>> scripts = new HashMap<>();
    private final Map<String, Integer> served = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    StandInServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    /** The base URL of each source on this server. */
    Map<String, String> baseUrls() {
        return Map.of("arxiv", base() + "/arxiv/api/query", "crossref", base() + "/crossref", "openalex", base() + "/openalex",
                "dblp", base() + "/dblp/search/publ/api", "openreview", base() + "/openreview");
    }

    synchronized void script(String route, Reply... replies) { scripts.put(route, List.of(replies)); served.remove(route); }

    static Reply ok(String contentType, String body) { return new Reply(200, contentType, body, null); }

    static Reply json(String body) { return ok("application/json", body); }

    static Reply atom(String body) { return ok("application/atom+xml", body); }

    static Reply status(int status, String retryAfter) { return new Reply(status, "text/plain", "busy", retryAfter); }

    synchronized List<Request> requests() { return List.copyOf(requests); }

    synchronized long count(String route) { return requests.stream().filter(r -> r.route().equals(route)).count(); }

    synchronized void forget() { requests.clear(); served.clear(); }

    private void handle(HttpExchange x) throws IOException {
        String query = x.getRequestURI().getQuery();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith("mailto=") && !p.startsWith("api_key=")).collect(Collectors.joining("&"));
        String route = x.getRequestURI().getPath() + (kept.isEmpty() ? "" : "?" + kept);
        Reply reply;
        synchronized (this) {
            requests.add(new Request(route, x.getRequestURI().getRawPath() + "?" + x.getRequestURI().getRawQuery(),
                    x.getRequestHeaders().getFirst("User-Agent")));
            List<Reply> script = scripts.get(route);
            if (script == null) {
                reply = new Reply(404, "application/json", "{\"error\": \"not found\"}", null);
            } else {
                int n = served.merge(route, 1, Integer::sum);
                reply = script.get(Math.min(n, script.size()) - 1);
            }
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", reply.contentType());
        if (reply.retryAfter() != null) x.getResponseHeaders().set("Retry-After", reply.retryAfter());
        x.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() { server.stop(0); }

    /** Clocks that move only when the run sleeps, with every sleep recorded. */
    static final class FakeTiming implements Timing {
        static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();
        long nanos = 1_000_000_000L;

        public synchronized long nanoTime() { return nanos; }
        public Instant now() { return NOW; }
        public synchronized void sleep(Duration d) { sleeps.add(d); nanos += d.toNanos(); }
        synchronized void advance(Duration d) { nanos += d.toNanos(); }
    }
}
