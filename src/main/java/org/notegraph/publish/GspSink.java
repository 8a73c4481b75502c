package org.notegraph.publish;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol: {@code PUT URL?graph=IRI} with an N-Triples body
 * replaces a graph, {@code DELETE URL?graph=IRI} removes it (404, not there, counts as done).
 */
public final class GspSink implements GraphSink {
    private final URI url;
    private final HttpTransport http;
    private final AtomicLong requests = new AtomicLong();

    public GspSink(URI url, HttpTransport http) {
        this.url = url;
        this.http = http;
    }

    @Override
    public void put(GraphText g) {
        byte[] body = g.ntriples();
        http.send(() -> {
            requests.incrementAndGet();
            return HttpRequest.newBuilder(graphUri(g.graph())).header("Content-Type", "application/n-triples; charset=utf-8")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        }, g.graph(), "sending graph <" + g.graph() + "> (" + g.size() + " triples, " + body.length + " bytes)");
    }

    @Override
    public void delete(String graph) {
        http.send(() -> {
            requests.incrementAndGet();
            return HttpRequest.newBuilder(graphUri(graph)).DELETE();
        }, graph, "deleting graph <" + graph + ">", 404);
    }

    @Override
    public long requests() { return requests.get(); }

    private URI graphUri(String graph) {
        String sep = url.getRawQuery() == null ? "?" : "&";
        return URI.create(url + sep + "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
    }
}
