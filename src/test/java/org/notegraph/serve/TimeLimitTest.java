package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SPARQL query endpoint stops a query at the server's time limit, whichever way it is asked
 * (GET, form POST, direct POST): a query that would run for minutes on the test store (a filtered
 * three-way cross join of every triple) answers 503 within a bound generous for a loaded machine;
 * one that streams rows from the start is cut off at the limit too. The notegraph pages run their
 * own queries under the same limit: on a store whose data makes each page's queries run for
 * seconds to minutes ({@link ExpensiveStore}), every page answers 503 with a page that says so.
 */
class TimeLimitTest {
    private static final String CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f "
            + "FILTER (STR(?b) = CONCAT(STR(?d), STR(?f))) }";
    private static final double BOUND_SECONDS = 30;

    /** The pages' server limit: a small fraction of what the cheapest of the expensive pages needs. */
    private static final Duration PAGE_LIMIT = Duration.ofMillis(50);
    private static final String BROWSER = "text/html,application/xhtml+xml";

    @TempDir static Path tmp;
    static NotegraphServer server;
    static NotegraphServer pagesServer;

    @BeforeAll
    static void start() {
        server = NotegraphServer.start(ServeOptions.store(TestStores.build(tmp.resolve("examples"))).withTimeout(Duration.ofSeconds(1)));
        pagesServer = NotegraphServer.start(ServeOptions.store(ExpensiveStore.build(tmp.resolve("expensive"))).withTimeout(PAGE_LIMIT));
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) server.close();
        } finally {
            if (pagesServer != null) pagesServer.close();
        }
    }

    @Test
    void everyPageStopsAtTheLimitWithA503ThatSaysSo() {
        String paper = Http.enc(ExpensiveStore.PAPER);
        String[] pages = {"home", "page?iri=" + paper, "paper/arxiv/0000.00001", "search?q=" + ExpensiveStore.WORD, "gaps",
                "evidence?iri=" + paper + "&relation=uses&direction=in",
                "map.json?focus=" + paper + "&depth=1", "map.json"};
        for (String page : pages) {
            long t0 = System.nanoTime();
            Http.Response r = Http.get(pagesServer.url() + page).accept(BROWSER).send();
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.status()).as(page + ": " + r.body()).isEqualTo(503);
            assertThat(r.header("Content-Type")).as(page).startsWith("text/html");
            assertThat(r.body()).as(page).contains("ran past the server's time limit of 50 ms", "notegraph serve --timeout SECONDS")
                    .doesNotContain("Exception").doesNotContain("at org.apache");
            assertThat(seconds).as(page + " stopped near its limit").isLessThan(BOUND_SECONDS);
        }
    }

    @Test
    void everyQueryEndpointStopsAtTheLimit() {
        for (String endpoint : new String[] {"kg/query", "kg/sparql", "kg"}) {
            String url = server.url() + endpoint;
            assertStopped(Http.get(url + "?query=" + Http.enc(CROSS)).accept("text/csv"), endpoint + " GET");
            assertStopped(Http.post(url).accept("application/sparql-results+json").form("query", CROSS), endpoint + " form POST");
            assertStopped(Http.post(url).accept("text/csv").body("application/sparql-query", CROSS), endpoint + " POST");
        }
    }

    @Test
    void aClientCannotAskForLonger() {
        assertStopped(Http.get(server.url() + "kg/query?timeout=600&query=" + Http.enc(CROSS)).accept("text/csv"), "timeout=600");
    }

    @Test
    void streamedResultsAreCutOffAtTheLimit() {
        String pairs = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d }";
        long t0 = System.nanoTime();
        Http.Response r = Http.get(server.url() + "kg/query?query=" + Http.enc(pairs)).accept("text/csv").send();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).as("streaming stopped").isLessThan(BOUND_SECONDS);
        // rows were already sent with 200; Fuseki ends the text formats with a note that the results are incomplete
        assertThat(r.body()).contains("timeout");
    }

    private static void assertStopped(Http request, String what) {
        long t0 = System.nanoTime();
        Http.Response r = request.send();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(503);
        assertThat(r.body()).as(what).containsIgnoringCase("timed out");
        assertThat(seconds).as(what + " stopped near its limit").isLessThan(BOUND_SECONDS);
    }
}
