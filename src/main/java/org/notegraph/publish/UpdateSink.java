package org.notegraph.publish;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SPARQL 1.1 Update, for stores whose Graph Store service is missing or awkward (Virtuoso's
 * {@code /sparql-auth}): {@code DROP SILENT GRAPH <g>} and the first {@code INSERT DATA} chunk in
 * one request, then the rest of the triples in chunks of {@code chunk} triples. A graph is
 * acknowledged when its last chunk is; a publish stopped between chunks sends the graph again
 * from its {@code DROP}.
 */
public final class UpdateSink implements GraphSink {
    private final URI url;
    private final HttpTransport http;
    private final int chunk;
    private final AtomicLong requests = new AtomicLong();

    public UpdateSink(URI url, HttpTransport http, int chunk) {
        if (chunk < 1) throw new IllegalArgumentException("--chunk must be at least 1");
        this.url = url;
        this.http = http;
        this.chunk = chunk;
    }

    @Override
    public void put(GraphText g) {
        List<String> lines = g.lines();
        int pieces = Math.max(1, (lines.size() + chunk - 1) / chunk);
        for (int i = 0; i < pieces; i++) {
            StringBuilder u = new StringBuilder();
            if (i == 0) u.append("DROP SILENT GRAPH <").append(g.graph()).append("> ;\n");
            List<String> part = lines.subList(Math.min(lines.size(), i * chunk), Math.min(lines.size(), (i + 1) * chunk));
            if (!part.isEmpty()) {
                u.append("INSERT DATA { GRAPH <").append(g.graph()).append("> {\n");
                for (String l : part) u.append(l).append('\n');
                u.append("} }\n");
            }
            String what = "sending graph <" + g.graph() + "> (" + g.size() + " triples" + (pieces > 1 ? ", part " + (i + 1) + " of " + pieces : "") + ")";
            post(u.toString(), g.graph(), what);
        }
    }

    @Override
    public void delete(String graph) {
        post("DROP SILENT GRAPH <" + graph + ">", graph, "deleting graph <" + graph + ">");
    }

    @Override
    public long requests() { return requests.get(); }

    private void post(String update, String graph, String what) {
        byte[] body = update.getBytes(StandardCharsets.UTF_8);
        http.send(() -> {
            requests.incrementAndGet();
            return HttpRequest.newBuilder(url).header("Content-Type", "application/sparql-update; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }, graph, what);
    }
}
