package org.notegraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each source's lookup and reading of its documented answer forms, on made-up papers: the
 * request built (identifier, contact address sent but not recorded), the variants of each format
 * (arXiv's error entry and empty feed, Crossref's name-only authors, DBLP's single author object
 * and homonym numbers, OpenReview API 1 and 2), and bodies that are not answers.
 */
class SourcesTest {
    private static final KnownPaper ARXIV_ONLY = new KnownPaper("p", "2103.00004", null, null, null, null, List.of(), null, null);
    private static final KnownPaper ACL_ONLY = new KnownPaper("p", null, null, "2022.fake-main.9", null, null, List.of(), null, null);

    @Test
    void requestsCarryTheContactButTheRecordedUrlDoesNot() {
        Source.Lookup crossref = new CrossrefSource("http://h/cr/", "me@x.org").lookup(ACL_ONLY, null).orElseThrow();
        assertThat(crossref.uri().toString()).isEqualTo("http://h/cr/works/10.18653%2Fv1%2F2022.fake-main.9?mailto=me%40x.org");
        assertThat(crossref.recordedUrl()).isEqualTo("http://h/cr/works/10.18653%2Fv1%2F2022.fake-main.9");
        Source.Lookup openalex = new OpenAlexSource("http://h/oa", "me@x.org", "k1").lookup(ARXIV_ONLY, null).orElseThrow();
        assertThat(openalex.uri().toString()).isEqualTo("http://h/oa/works/doi:10.48550/arXiv.2103.00004?mailto=me%40x.org&api_key=k1");
        assertThat(openalex.recordedUrl()).doesNotContain("mailto", "api_key");
        assertThat(openalex.key()).isEqualTo("arxiv:2103.00004");
        assertThat(new CrossrefSource(null, null).lookup(ARXIV_ONLY, null)).isEmpty();
        assertThat(new DblpSource(null).lookup(ARXIV_ONLY, null)).isEmpty();
        assertThat(new DblpSource(null).lookup(ARXIV_ONLY, "Some Title").orElseThrow().key()).isEqualTo("title:sometitle");
        assertThat(Enricher.userAgent("me@x.org")).contains("mailto:me@x.org");
        assertThat(Enricher.userAgent(null)).doesNotContain("mailto");
    }

    @Test
    void arxivErrorEntriesAndEmptyFeedsAreNotFoundAndNonFeedsAreRejected() {
        ArxivSource arxiv = new ArxivSource(null);
        Source.Lookup l = arxiv.lookup(ARXIV_ONLY, null).orElseThrow();
        String error = """
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format</id>
                <title>Error</title><summary>incorrect id format</summary></entry></feed>""";
        assertThat(arxiv.read(error, l)).isEmpty();
        assertThat(arxiv.read(Payloads.arxivEmptyFeed(), l)).isEmpty();
        assertThatThrownBy(() -> arxiv.read("Rate exceeded.", l)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> arxiv.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><feed>&e;</feed>", l))
                .isInstanceOf(IllegalArgumentException.class);
        Work w = arxiv.read(Payloads.arxivFeed("2103.00004", "Quiet\n   Gradients", List.of("Una Vale"), "2021-03-01T00:00:00Z", null), l).orElseThrow();
        assertThat(w).isEqualTo(new Work("Quiet Gradients", List.of("Una Vale"), "arXiv", 2021));
    }

    @Test
    void crossrefNameOnlyAuthorsAndFallbackDates() {
        String body = """
                {"status": "ok", "message": {"title": ["Group Work"], "author": [{"name": "The Pretend Consortium"}, {"given": "Ola", "family": "Berg"}],
                  "container-title": [], "event": {"name": "Workshop on Imaginary Things"}, "published-online": {"date-parts": [[2017, 3]]}}}""";
        Work w = new CrossrefSource(null, null).read(body, null).orElseThrow();
        assertThat(w).isEqualTo(new Work("Group Work", List.of("The Pretend Consortium", "Ola Berg"), "Workshop on Imaginary Things", 2017));
        assertThatThrownBy(() -> new CrossrefSource(null, null).read("{\"status\": \"ok\"}", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrossrefSource(null, null).read("<html>", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dblpTakesOnlyASameTitleHitAndPrefersThePublishedVersion() {
        DblpSource dblp = new DblpSource(null);
        Source.Lookup l = dblp.lookup(ARXIV_ONLY, "quiet gradients").orElseThrow();
        String body = Payloads.dblpResult(
                new Payloads.Hit("Quiet Gradients", List.of("Una Vale 0003"), "CoRR", 2021),
                new Payloads.Hit("Quiet Gradients", List.of("Una Vale 0003"), "COLT", 2021));
        assertThat(dblp.read(body, l)).contains(new Work("Quiet Gradients", List.of("Una Vale"), "COLT", 2021));
        String other = Payloads.dblpResult(new Payloads.Hit("Quiet Gradients Revisited", List.of("Una Vale"), "COLT", 2022));
        assertThat(dblp.read(other, l)).isEmpty();
        assertThat(dblp.read("{\"result\": {\"hits\": {\"@total\": \"0\"}}}", l)).isEmpty();
    }

    @Test
    void openReviewApiOneAndTwo() {
        OpenReviewSource or = new OpenReviewSource(null);
        String v1 = """
                {"notes": [{"id": "Xy1", "pdate": 1588291200000, "content": {"title": "Bare Fields", "authors": ["Pia Lund"], "venue": "Some Workshop"}}]}""";
        assertThat(or.read(v1, null)).contains(new Work("Bare Fields", List.of("Pia Lund"), "Some Workshop", 2020));
        assertThat(or.read(Payloads.openReviewNotes("Xy2", "Wrapped Fields", List.of("Rui Sol"), "ICLR 2024 oral"), null))
                .contains(new Work("Wrapped Fields", List.of("Rui Sol"), "ICLR 2024 oral", 2024));
        assertThat(or.read("{\"notes\": []}", null)).isEmpty();
    }

    @Test
    void retryAfterAsSecondsOrHttpDate() {
        StandInServices.FakeTiming timing = new StandInServices.FakeTiming();
        Fetcher f = new Fetcher(null, "ua", timing, 4, Duration.ofSeconds(1));
        assertThat(f.retryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(f.retryAfter("Tue, 01 Dec 2026 10:00:30 GMT")).contains(Duration.ofSeconds(30));
        assertThat(f.retryAfter("soon")).isEqualTo(Optional.empty());
    }

    @Test
    void eachFieldComesFromTheFirstSourceWithItAndThePreprintVenueYieldsToAPublishedOne() {
        java.time.Instant t = StandInServices.FakeTiming.NOW;
        Answer arxiv = new Answer("arxiv", new Work("T", List.of("A B"), "arXiv", 2020), "u1", t);
        Answer crossref = new Answer("crossref", new Work("T2", List.of(), "Journal J", 2021), "u2", t);
        var chosen = Choice.of(List.of(arxiv, crossref));
        assertThat(chosen.get(arxiv)).isEqualTo(new Work("T", List.of("A B"), null, null));
        assertThat(chosen.get(crossref)).isEqualTo(new Work(null, List.of(), "Journal J", 2021));
        var onlyPreprint = Choice.of(List.of(arxiv));
        assertThat(onlyPreprint.get(arxiv)).isEqualTo(new Work("T", List.of("A B"), "arXiv", 2020));
    }
}
