package org.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.serve.pages.PageData;
import org.notegraph.serve.pages.Site;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * {@code notegraph build --enrich} and {@code notegraph enrich} on the command line, against a local
 * stand-in of Crossref: the enriched title on stdout's query rows and as the paper page's label, the
 * cache beside the store, no request on a second run, a failing service reported on stderr with the
 * run going on, plain {@code build} sending nothing and keeping the enrichment graph.
 */
class EnrichCommandTest {
    @TempDir static Path tmp;
    private static HttpServer server;
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            REQUESTS.incrementAndGet();
            String path = x.getRequestURI().getPath();
            int status = 404;
            String body = "{}";
            if (path.equals("/works/10.5555/glass.7")) {
                status = 200;
                body = """
                        {"status": "ok", "message-type": "work", "message": {"DOI": "10.5555/glass.7",
                          "title": ["Looking Through Glass Models"], "author": [{"given": "Mo", "family": "Ferris"}, {"given": "Nia", "family": "Oduya"}],
                          "container-title": ["Transactions on Pretend Learning"], "issued": {"date-parts": [[2018]]}}}
                        """;
            } else if (path.equals("/works/10.5555/broken.8")) {
                status = 503;
                x.getResponseHeaders().set("Retry-After", "0");
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(status, b.length);
            try (OutputStream out = x.getResponseBody()) { out.write(b); }
        });
        server.start();
    }

    @AfterAll
    static void stop() { server.stop(0); }

    private static String crossref() { return "crossref=http://127.0.0.1:" + server.getAddress().getPort(); }

    @Test
    void buildEnrichThenEnrichAgainFromTheCache() throws Exception {
        Path notes = Fixtures.writeNotes(tmp.resolve("notes"),
                "glass.md", "# Glass\n\n- https://doi.org/10.5555/glass.7\n",
                "broken.md", "# Broken\n\n- https://doi.org/10.5555/broken.8\n");
        Path db = tmp.resolve("db");
        REQUESTS.set(0);
        CliRunner.Run build = CliRunner.run("build", notes.toString(), "--db", db.toString(), "-q", "--enrich",
                "--sources", "crossref", "--source-url", crossref(), "--contact", "lab@example.org");
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.out()).contains("enriched 1 of 2 identified papers from crossref: 2 lookups (0 from the cache, 5 requests sent)");
        assertThat(build.err()).contains("notegraph: enrich: failed\tpaper/doi/10.5555/broken.8\tcrossref\tHTTP 503 after 4 attempts");
        assertThat(REQUESTS.get()).isEqualTo(5);
        assertThat(db.resolve("enrich-cache/crossref")).isDirectory();

        CliRunner.Run rows = CliRunner.run("query", "paper-mentions", "--db", db.toString(), "--format", "tsv");
        assertThat(rows.out()).contains("Looking Through Glass Models", "Mo Ferris; Nia Oduya", "Transactions on Pretend Learning", "2018");
        try (NoteStore s = Stores.openExisting(db)) {
            PageData pages = new PageData(s.datasetGraph(), new Site("https://notegraph.example/", "kg"));
            assertThat(pages.resource("https://notegraph.example/paper/doi/10.5555/glass.7").label()).isEqualTo("Looking Through Glass Models");
        }

        // a plain build uses no network and keeps what enrich wrote
        REQUESTS.set(0);
        Files.writeString(notes.resolve("glass.md"), "# Glass, edited\n\n- https://doi.org/10.5555/glass.7\n");
        assertThat(CliRunner.run("build", notes.toString(), "--db", db.toString(), "-q").code()).isZero();
        assertThat(REQUESTS.get()).isZero();
        assertThat(CliRunner.run("query", "paper-mentions", "--db", db.toString(), "--format", "tsv").out()).contains("Looking Through Glass Models");

        // enrich again: the answered DOI comes from the cache, only the failed one is asked again
        CliRunner.Run again = CliRunner.run("enrich", "--db", db.toString(), "--sources", "crossref", "--source-url", crossref());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("2 lookups (1 from the cache, 4 requests sent)");
        assertThat(REQUESTS.get()).isEqualTo(4);
    }

    @Test
    void everyLookupFailingExitsWithOneAndAnUnknownSourceIsAUsageError() {
        Path notes = Fixtures.writeNotes(tmp.resolve("notes-2"), "broken.md", "# Broken\n\n- https://doi.org/10.5555/broken.8\n");
        Path db = tmp.resolve("db-2");
        assertThat(CliRunner.run("build", notes.toString(), "--db", db.toString(), "-q").code()).isZero();
        CliRunner.Run run = CliRunner.run("enrich", "--db", db.toString(), "--sources", "crossref", "--source-url", crossref(),
                "--cache", tmp.resolve("elsewhere").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(run.err()).contains("paper/doi/10.5555/broken.8\tcrossref");
        CliRunner.Run unknown = CliRunner.run("enrich", "--db", db.toString(), "--sources", "crossref,scholar");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown source 'scholar'");
        CliRunner.Run badUrl = CliRunner.run("enrich", "--db", db.toString(), "--source-url", "dblp=not an address");
        assertThat(badUrl.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badUrl.err()).contains("--source-url dblp: 'not an address' is not an http(s) address");
        assertThat(List.of(db.resolve("enrich-cache"))).noneMatch(Files::exists);
    }
}
