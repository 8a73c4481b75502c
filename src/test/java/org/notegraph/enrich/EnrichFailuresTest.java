package org.notegraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notegraph.enrich.StandInServices.json;
import static org.notegraph.enrich.StandInServices.status;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.query.NamedQueries;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;
import org.notegraph.testing.Graphs;

/**
 * A service that keeps answering 503 is asked again with a growing back-off, then the lookup is
 * reported (paper and source) and not cached, and the run still enriches the other papers; a
 * Retry-After too long to wait for ends the lookup at once; an answer not in the documented format
 * (arXiv's plain-text "Rate exceeded.") is a failure, not a cached answer.
 */
class EnrichFailuresTest {
    @TempDir static Path tmp;
    private static StandInServices services;
    private static NoteStore store;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void buildStore() throws Exception {
        Path notes = Fixtures.writeNotes(tmp.resolve("notes"),
                "down.md", "# Notes\n\n- https://doi.org/10.5555/down.3\n",
                "fine.md", "# More notes\n\n- https://doi.org/10.5555/made.up.1\n",
                "later.md", "# Even more\n\n- https://doi.org/10.5555/later.4\n- https://arxiv.org/abs/2102.00003\n");
        Fixtures.build(tmp.resolve("db"), notes);
        store = Stores.openExisting(tmp.resolve("db"));
        services = new StandInServices();
        services.script("/crossref/works/10.5555/down.3", status(503, null));
        services.script("/crossref/works/10.5555/later.4", status(429, "3600"));
        services.script("/arxiv/api/query?id_list=2102.00003", StandInServices.ok("text/plain", "Rate exceeded."));
        services.script("/crossref/works/10.5555/made.up.1", json(Payloads.crossrefWork("10.5555/made.up.1",
                "Counting Pebbles with Small Transformers", List.of("Dara Okafor", "Eli Prentiss"), "Journal of Imaginary Results", 2019)));
    }

    @AfterAll
    static void close() {
        store.close();
        services.close();
    }

    @Test
    void aLasting503IsRetriedThenReportedAndTheRunGoesOn() throws Exception {
        services.forget();
        StandInServices.FakeTiming timing = new StandInServices.FakeTiming();
        Path cache = tmp.resolve("cache");
        EnrichSettings settings = new EnrichSettings(List.of("arxiv", "crossref"), cache, null, services.baseUrls(), null, 4, Duration.ofSeconds(1));
        EnrichReport report = new Enricher(settings, timing, CLIENT).run(store);

        assertThat(services.count("/crossref/works/10.5555/down.3")).isEqualTo(4);
        assertThat(timing.sleeps).containsSubsequence(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(report.failures()).extracting(Failure::format).containsExactlyInAnyOrder(
                "failed\tpaper/doi/10.5555/down.3\tcrossref\tHTTP 503 after 4 attempts",
                "failed\tpaper/doi/10.5555/later.4\tcrossref\tHTTP 429, asked to wait 3600 s",
                "failed\tpaper/arxiv/2102.00003\tarxiv\tanswer not in the documented format (not XML (Content is not allowed in prolog.))");
        assertThat(services.count("/crossref/works/10.5555/later.4")).isEqualTo(1);
        assertThat(report.nothingDone()).isFalse();
        String q = NamedQueries.load("paper-mentions").orElseThrow();
        java.util.Set<String> rows = store.read(d -> Graphs.selectRows(d.getUnionGraph(), q, " | "));
        assertThat(rows).contains(
                "fine.md | 3 | paper/doi/10.5555/made.up.1 | Counting Pebbles with Small Transformers | - | - | 10.5555/made.up.1 | Dara Okafor; Eli Prentiss | Journal of Imaginary Results | 2019");

        // failures are not cached: the next run asks again, the answered paper it does not
        services.forget();
        EnrichReport again = new Enricher(settings, new StandInServices.FakeTiming(), CLIENT).run(store);
        assertThat(services.count("/crossref/works/10.5555/down.3")).isEqualTo(4);
        assertThat(services.count("/crossref/works/10.5555/made.up.1")).isZero();
        assertThat(again.failures()).hasSize(3);
    }
}
