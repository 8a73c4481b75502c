package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.notegraph.testing.Graphs;

/**
 * {@code queries/gaps.rq} on a small graph with one gap of each kind and near-misses: a paper with
 * a note of its own, a claim a paper states, a dispute another note answers, a link that resolves.
 */
class GapReportTest {
    static { JenaSystem.init(); }

    private static List<String> gaps() {
        return GapReport.of(Graphs.unionAsDefault("src/test/resources/query/gaps.trig"), 10)
                .stream().map(GapReport.Gap::format).toList();
    }

    @Test
    void oneRowPerGapEachWithNoteAndLine() {
        assertThat(gaps()).containsExactly(
                "a.md:9: cited-not-noted: Cited Twice (cited in 2 notes, none of them a note of its own)",
                "a.md:6: claim-without-evidence: wider layers train faster (no paper states it and no statement supports or disputes it)",
                "musings.md:3: dangling-link: Nowhere ([[Nowhere]] points to no note, paper or concept)",
                "musings.md:1: note-without-papers: Musings (the note mentions no paper)",
                "a.md:9: paper-missing-fields: Cited Twice (no authors, year)",
                "a.md:8: unanswered-dispute: Has Its Own Note (disputed here; no other note supports it)",
                "b.md:3: unanswered-dispute: a stated finding (disputed here; no other note supports it)");
    }

    @Test
    void aPaperWithoutATitleIsNamedByItsIdentifierAndMarked() {
        assertThat(GapReport.of(Graphs.unionAsDefault("src/test/resources/query/gaps-untitled.trig"), 10).stream().map(GapReport.Gap::format))
                .containsExactly(
                        "c.md:2: paper-missing-fields: arXiv:2002.00003 (title unknown) (no title, authors)",
                        "c.md:5: paper-missing-fields: https://notegraph.example/paper/url/00000000000000aa (title unknown) (no title, authors, year)");
    }
}
