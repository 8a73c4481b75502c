package org.notegraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notegraph.testing.Fixtures.acl;
import static org.notegraph.testing.Fixtures.arxiv;
import static org.notegraph.testing.Fixtures.doi;
import static org.notegraph.testing.Fixtures.extract;
import static org.notegraph.testing.Fixtures.extractFolder;
import static org.notegraph.testing.Fixtures.extractText;
import static org.notegraph.testing.Fixtures.mention;
import static org.notegraph.testing.Fixtures.note;
import static org.notegraph.testing.Fixtures.openreview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.extract.papers.Identifiers;
import org.notegraph.extract.papers.PaperIds;
import org.notegraph.model.Namespaces;
import org.notegraph.testing.Fixtures;

class IdentityResolverTest {
    private static final String B = Namespaces.DEFAULT_BASE;
    private final IdentityResolver resolver = new IdentityResolver(new IriMinter(null));

    /** The paper IRI each mention resolved to, keyed by "note:line". */
    private static Map<String, String> paperOf(Resolution r) {
        Map<String, String> m = new TreeMap<>();
        for (ResolvedNote n : r.notes()) {
            for (ResolvedMention rm : n.mentions()) {
                m.put(n.note().path() + ":" + rm.mention().span().line() + "-" + rm.mention().ordinal(), rm.paperIri());
            }
        }
        return m;
    }

    private static ResolvedPaper paper(Resolution r, String iri) {
        return r.papers().stream().filter(p -> p.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + iri + " in " + r.papers().stream().map(ResolvedPaper::iri).toList()));
    }

    @Test
    void aWikilinkToAOnePaperNoteByItsFileNameIsThatNotesPaper(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("sparse-routing.md"),
                "# Sparse Routing for Tiny Language Models\n\nThe authors route tokens through a few experts.\n");
        java.nio.file.Files.writeString(dir.resolve("dense-routing.md"),
                "---\ntitle: Dense Routing Revisited\nyear: 2031\nextends: \"[[sparse-routing]]\"\n---\nNotes on it.\n");
        Resolution r = resolver.resolve(List.of(
                org.notegraph.testing.TestNotes.file(dir.resolve("sparse-routing.md"), "sparse-routing.md"),
                org.notegraph.testing.TestNotes.file(dir.resolve("dense-routing.md"), "dense-routing.md")));
        ResolvedNote sparse = r.notes().stream().filter(n -> n.note().path().equals("sparse-routing.md")).findFirst().orElseThrow();
        String sparsePaper = sparse.mentions().get(0).paperIri();
        ResolvedNote dense = r.notes().stream().filter(n -> n.note().path().equals("dense-routing.md")).findFirst().orElseThrow();
        assertThat(dense.semantics().relations()).anySatisfy(rel -> {
            assertThat(rel.relation().relation()).isEqualTo(org.notegraph.model.Relation.EXTENDS);
            assertThat(rel.objectIri()).isEqualTo(sparsePaper);
        });
    }

    @Test
    void mentionsWithTheSameArxivIdInTwoNotesAreOnePaper() {
        Resolution r = resolver.resolve(List.of(
                extractText("a.md", "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762v5)\n"),
                extractText("b.md", "- read [this paper](https://arxiv.org/pdf/1706.03762.pdf) again\n")));

        assertThat(r.papers()).hasSize(1);
        assertThat(paperOf(r).values()).containsOnly(B + "paper/arxiv/1706.03762");
        ResolvedPaper p = r.papers().get(0);
        assertThat(p.mentionIris()).hasSize(2);
        assertThat(p.noteIris()).containsExactly(B + "note/a.md", B + "note/b.md");
    }

    @Test
    void mentionsWithTheSameOpenReviewIdInTwoNotesAreOnePaper() {
        Resolution r = resolver.resolve(List.of(
                extractText("a.md", "- [Deep Double Descent: Where Bigger Models and More Data Hurt](https://openreview.net/pdf?id=B1g5sA4twr)\n"),
                extractText("b.md", "- [Deep Double Descent](https://iclr.cc/virtual/poster_B1g5sA4twr.html)\n")));

        assertThat(r.papers()).extracting(ResolvedPaper::iri).containsExactly(B + "paper/openreview/B1g5sA4twr");
        assertThat(r.papers().get(0).mentionIris()).hasSize(2);
    }

    @Test
    void doisInDifferentCaseInTwoNotesAreOnePaper() {
        Resolution r = resolver.resolve(List.of(
                extractText("a.md", "- [Deep Residual Learning for Image Recognition](https://doi.org/10.1109/CVPR.2016.90)\n"),
                extractText("b.md", "- [ResNet](http://dx.doi.org/10.1109/cvpr.2016.90)\n")));

        assertThat(r.papers()).hasSize(1);
        ResolvedPaper p = r.papers().get(0);
        assertThat(p.iri()).isEqualTo(B + "paper/doi/10.1109/cvpr.2016.90");
        assertThat(p.dois()).hasSize(1);
        assertThat(p.dois().first()).isEqualToIgnoringCase("10.1109/CVPR.2016.90");
        assertThat(p.title()).isEqualTo("Deep Residual Learning for Image Recognition");
    }

    @Test
    void hostileDoiCaseVariantsGivenDirectlyStillMergeIntoOnePaper() {
        Resolution r = resolver.resolve(List.of(
                note("a.md", mention(3, "Deep Residual Learning for Image Recognition",
                        doi(Identifiers.normalise(IdScheme.DOI, "10.1109/CVPR.2016.90")), null)),
                note("b.md", mention(5, null, doi(Identifiers.normalise(IdScheme.DOI, "doi:10.1109/Cvpr.2016.90")), null))));

        assertThat(r.papers()).hasSize(1);
        assertThat(r.papers().get(0).iri()).isEqualTo(B + "paper/doi/10.1109/cvpr.2016.90");
    }

    @Test
    void mentionsWithTheSameNormalisedTitleInTwoNotesAreOnePaper() {
        Resolution r = resolver.resolve(List.of(
                note("a.md", mention(3, "Deep Double Descent: Where Bigger Models and More Data Hurt", arxiv("1912.02292"), null)),
                note("b.md", mention(7, "deep double descent — where bigger models and more data hurt!", openreview("B1g5sA4twr"), null)),
                note("c.md", mention(9, "Deep  Double Descent: Where Bigger Models and More Data Hurt.", PaperIds.NONE, null))));

        assertThat(r.papers()).hasSize(1);
        ResolvedPaper p = r.papers().get(0);
        assertThat(p.iri()).isEqualTo(B + "paper/arxiv/1912.02292");
        assertThat(p.arxivIds()).containsExactly("1912.02292");
        assertThat(p.openreviewIds()).containsExactly("B1g5sA4twr");
        assertThat(p.mentionIris()).hasSize(3);
    }

    @Test
    void aTitleFromOneNoteFillsAMentionThatOnlyHasAnIdInAnother() {
        Resolution r = resolver.resolve(List.of(
                extractText("ids-only.md", "Trained with [work 1](https://arxiv.org/abs/1412.6980).\n"),
                extractText("titled.md", "- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)\n")));

        ResolvedMention idOnly = r.notes().stream().filter(n -> n.note().path().equals("ids-only.md"))
                .findFirst().orElseThrow().mentions().get(0);
        assertThat(idOnly.mention().title()).as("the mention itself states no title").isNull();
        ResolvedPaper p = paper(r, idOnly.paperIri());
        assertThat(p.title()).isEqualTo("Adam: A Method for Stochastic Optimization");
        assertThat(p.mentionIris()).hasSize(2);
    }

    @Test
    void twoPapersWithDifferentArxivIdsThatShareATitleStayApart() {
        Resolution r = resolver.resolve(List.of(
                note("a.md", mention(3, "Deep Learning", arxiv("1111.11111"), null)),
                note("b.md", mention(4, "Deep Learning", arxiv("2222.22222"), null))));

        assertThat(r.papers()).extracting(ResolvedPaper::iri)
                .containsExactlyInAnyOrder(B + "paper/arxiv/1111.11111", B + "paper/arxiv/2222.22222");
        assertThat(r.papers()).allSatisfy(p -> assertThat(p.arxivIds()).hasSize(1));
    }

    @Test
    void aTitleOnlyMentionJoinsOnlyOneOfTwoConflictingPapers() {
        Resolution r = resolver.resolve(List.of(
                note("a.md", mention(3, "Deep Learning", arxiv("1111.11111"), null)),
                note("b.md", mention(4, "Deep Learning", arxiv("2222.22222"), null)),
                note("c.md", mention(5, "Deep Learning", PaperIds.NONE, null))));

        assertThat(r.papers()).hasSize(2);
        assertThat(r.papers()).allSatisfy(p -> assertThat(p.arxivIds()).hasSize(1));
        assertThat(r.papers().stream().mapToInt(p -> p.mentionIris().size()).sum()).isEqualTo(3);
    }

    @Test
    void aTitleDoesNotJoinTwoPapersWithDifferentDois() {
        Resolution r = resolver.resolve(List.of(
                note("a.md", mention(3, "Deep learning", doi("10.1038/nature14539"), null)),
                note("b.md", mention(4, "Deep learning", doi("10.1007/978-3-319-00000-0"), null))));

        assertThat(r.papers()).hasSize(2);
    }

    @Test
    void aPaperWithoutAnyIdentifierOrTitleStillGetsAnIri() {
        Resolution r = resolver.resolve(List.of(
                note("a.md", mention(3, null, PaperIds.NONE, "https://jmlr.org/papers/v15/srivastava14a.html")),
                note("b.md", mention(8, null, PaperIds.NONE, "http://www.jmlr.org/papers/v15/srivastava14a.html/"))));

        assertThat(r.papers()).hasSize(1);
        assertThat(r.papers().get(0).iri()).matches(java.util.regex.Pattern.quote(B + "paper/url/") + "[0-9a-f]{16}");
        assertThat(r.papers().get(0).mentionIris()).hasSize(2);
    }

    // ---------------------------------------------------------------- IRI priority

    /** One paper known by every scheme through several notes sharing a title: the IRI follows the priority. */
    @Test
    void paperIriPrefersDoiThenArxivThenOpenReviewThenAclThenTitleThenUrl() {
        String t = "Energy and Policy Considerations for Deep Learning in NLP";
        var doiNote = note("d.md", mention(1, t, doi("10.18653/v1/p19-1355"), null));
        var arxivNote = note("a.md", mention(2, t, arxiv("1906.02243"), null));
        var orNote = note("o.md", mention(3, t, openreview("Sy8gdB9xx"), null));
        var aclNote = note("c.md", mention(4, t, acl("P19-1355"), null));
        var titleNote = note("t.md", mention(5, t, PaperIds.NONE, "https://example.org/energy.pdf"));

        assertThat(iriOf(doiNote, arxivNote, orNote, aclNote, titleNote)).isEqualTo(B + "paper/doi/10.18653/v1/p19-1355");
        assertThat(iriOf(arxivNote, orNote, aclNote, titleNote)).isEqualTo(B + "paper/arxiv/1906.02243");
        assertThat(iriOf(orNote, aclNote, titleNote)).isEqualTo(B + "paper/openreview/Sy8gdB9xx");
        assertThat(iriOf(aclNote, titleNote)).isEqualTo(B + "paper/acl/P19-1355");
        assertThat(iriOf(titleNote)).isEqualTo(new IriMinter(null).paperByTitle(Titles.normalise(t)))
                .startsWith(B + "paper/title/energy-and-policy-considerations-for-deep-learning-in-nlp-");
        assertThat(iriOf(note("u.md", mention(6, null, PaperIds.NONE, "https://example.org/energy.pdf"))))
                .startsWith(B + "paper/url/");
    }

    private String iriOf(ExtractedNote... notes) {
        Resolution r = resolver.resolve(List.of(notes));
        assertThat(r.papers()).as("one paper expected").hasSize(1);
        return r.papers().get(0).iri();
    }

    @Test
    void identifiersOfAllSchemesOnOneMentionAreKeptOnThePaper() {
        PaperIds all = new PaperIds("Sy8gdB9xx", "1611.03530", "10.1145/3446776", null);
        Resolution r = resolver.resolve(List.of(note("a.md",
                mention(1, "Understanding deep learning requires rethinking generalization", all, null))));
        ResolvedPaper p = r.papers().get(0);
        assertThat(p.iri()).isEqualTo(B + "paper/doi/10.1145/3446776");
        assertThat(p.openreviewIds()).containsExactly("Sy8gdB9xx");
        assertThat(p.arxivIds()).containsExactly("1611.03530");
        assertThat(r.notes().get(0).mentions().get(0).identityKeys())
                .contains("doi:10.1145/3446776", "arxiv:1611.03530", "openreview:sy8gdb9xx",
                        "title:understanding deep learning requires rethinking generalization");
    }

    // ---------------------------------------------------------------- fixtures

    @Test
    void identifierFixtureCollapsesExactlyTheDocumentedSamePaperRows() {
        Resolution r = resolver.resolve(List.of(extract(Fixtures.NOTES.resolve("identifiers.md"), "identifiers.md")));
        Map<String, String> byLine = paperOf(r);

        // EXPECTED.md: 19+20, 21+22, 23+32+33, 30+31 and 42+43 collapse (six mentions fewer papers than
        // mentions); every other row is a paper of its own (28 mentions give 22 papers).
        assertThat(r.mentionCount()).isGreaterThanOrEqualTo(27);
        assertThat(r.papers()).hasSize(r.mentionCount() - 6);
        assertThat(byLine.get("identifiers.md:19-1")).isEqualTo(byLine.get("identifiers.md:20-1"));
        assertThat(byLine.get("identifiers.md:21-1")).isEqualTo(byLine.get("identifiers.md:22-1"));
        assertThat(byLine.get("identifiers.md:23-1")).isEqualTo(byLine.get("identifiers.md:32-1"))
                .isEqualTo(byLine.get("identifiers.md:33-1")).isEqualTo(B + "paper/doi/10.1109/cvpr.2016.90");
        assertThat(byLine.get("identifiers.md:30-1")).isEqualTo(byLine.get("identifiers.md:31-1"));
        assertThat(byLine.get("identifiers.md:42-1")).isEqualTo(byLine.get("identifiers.md:43-1"))
                .isEqualTo(B + "paper/acl/D14-1162");
        assertThat(byLine.get("identifiers.md:34-1")).isEqualTo(B + "paper/doi/10.1023/b%3Amach.0000008084.60811.49");
    }

    @Test
    void examplesMergeAcrossNotesByIdAndByTitle() {
        Resolution r = resolver.resolve(extractFolder(Fixtures.EXAMPLES));
        Map<String, String> m = paperOf(r);

        // Deep Double Descent: OpenReview poster id (iclr) <-> arXiv id (awesome) through the title; reading group by id.
        assertThat(m.get("iclr2020-virtual.md:9-1")).isEqualTo(m.get("awesome-generalization.markdown:17-1"))
                .isEqualTo(B + "paper/arxiv/1912.02292");
        // Deep SAD: OpenReview poster id <-> front-matter arXiv id, through the title.
        assertThat(m.get("iclr2020-virtual.md:24-1")).isEqualTo(m.get("vault/Deep SAD.md:2-1"))
                .isEqualTo(B + "paper/arxiv/1906.02694");
        // Deep One-Class Classification: no identifier anywhere, one paper by title.
        assertThat(m.get("awesome-generalization.markdown:68-1")).isEqualTo(m.get("nas-notes.md:56-1"))
                .isEqualTo(m.get("vault/Deep One-Class Classification.md:2-1")).contains("/paper/title/deep-one-class-classification-");
        ResolvedPaper dsvdd = paper(r, m.get("nas-notes.md:56-1"));
        assertThat(dsvdd.authors()).as("authors filled in from other notes").startsWith("Lukas Ruff");
        assertThat(dsvdd.year()).isEqualTo(2018);
    }

    // ---------------------------------------------------------------- order independence

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void shufflingTheNotesGivesTheSameResolution(long seed) {
        List<ExtractedNote> notes = new ArrayList<>(extractFolder(Fixtures.EXAMPLES));
        notes.addAll(extractFolder(Fixtures.NOTES));
        Resolution expected = resolver.resolve(notes);

        List<ExtractedNote> shuffled = new ArrayList<>(notes);
        Collections.shuffle(shuffled, new Random(seed));
        Resolution actual = new IdentityResolver(new IriMinter(null)).resolve(shuffled);

        assertThat(paperOf(actual)).isEqualTo(paperOf(expected));
        assertThat(actual.papers()).extracting(ResolvedPaper::iri)
                .containsExactlyElementsOf(expected.papers().stream().map(ResolvedPaper::iri).toList());
        assertThat(summary(actual)).isEqualTo(summary(expected));
    }

    @Test
    void conflictingTitleJoinsDoNotDependOnTheOrderOfNotes() {
        List<ExtractedNote> notes = List.of(
                note("a.md", mention(3, "Deep Learning", arxiv("1111.11111"), null)),
                note("b.md", mention(4, "Deep Learning", arxiv("2222.22222"), null)),
                note("c.md", mention(5, "Deep Learning", PaperIds.NONE, null)),
                note("d.md", mention(6, "Deep Learning", doi("10.1038/nature14539"), null)));
        Map<String, String> expected = paperOf(resolver.resolve(notes));
        for (int seed = 0; seed < 24; seed++) {
            List<ExtractedNote> shuffled = new ArrayList<>(notes);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(paperOf(resolver.resolve(shuffled))).as("seed " + seed).isEqualTo(expected);
        }
    }

    private static String summary(Resolution r) {
        return r.papers().stream().map(p -> p.iri() + " " + p.title() + " " + p.authors() + " " + p.year() + " "
                + p.venueIri() + " " + p.mentionIris() + " " + p.noteIris()).collect(Collectors.joining("\n"));
    }
}
