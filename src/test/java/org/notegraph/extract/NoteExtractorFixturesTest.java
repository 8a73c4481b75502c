package org.notegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.notegraph.testing.TestNotes.fixture;
import static org.notegraph.testing.TestNotes.ids;
import static org.notegraph.testing.TestNotes.onLine;
import static org.notegraph.testing.TestNotes.row;
import static org.notegraph.testing.TestNotes.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.extract.papers.Identifiers;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.papers.Venue;
import org.notegraph.testing.TestNotes;

/**
 * Every fixture in {@code src/test/resources/notes} against the mentions documented for it in
 * {@code EXPECTED.md}: count, order, line, title, identifiers, and where stated authors, venue, year,
 * URL, code and dataset links.
 */
class NoteExtractorFixturesTest {

    @Test
    void coversEveryFixtureInTheFolder() throws IOException {
        List<String> tested = Stream.of(NoteExtractorFixturesTest.class.getDeclaredClasses())
                .map(c -> c.getSimpleName()).toList();
        try (Stream<Path> files = Files.list(TestNotes.FIXTURES)) {
            List<String> fixtures = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("EXPECTED.md"))
                    .map(NoteExtractorFixturesTest::className).toList();
            assertThat(tested).containsAll(fixtures);
        }
    }

    private static String className(String fileName) {
        StringBuilder sb = new StringBuilder();
        for (String part : fileName.replace(".md", "").split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    @Test
    void readsExpectedMdsTablesAsPapersByTitleButNeverTheIdsInCode() {
        List<PaperMention> papers = fixture("EXPECTED.md").papers();

        assertThat(papers).isNotEmpty();
        assertThat(papers).allSatisfy(m -> {
            assertThat(m.rule()).isIn("table-title-cell", "title-reference");
            assertThat(m.ids().isEmpty()).as("identifiers written in code are not read: " + m.title()).isTrue();
        });
    }

    @Nested
    class ListItemLinks {
        private final ExtractedNote note = fixture("list-item-links.md");

        @Test
        void findsTheThirteenMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(3, "Attention Is All You Need", "arxiv:1706.03762"),
                    row(4, "Adam: A Method for Stochastic Optimization", "arxiv:1412.6980"),
                    row(5, "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift", "arxiv:1502.03167"),
                    row(6, "Deep Residual Learning for Image Recognition", "arxiv:1512.03385"),
                    row(7, "Explaining and Harnessing Adversarial Examples", "arxiv:1412.6572"),
                    row(7, "Towards Deep Learning Models Resistant to Adversarial Attacks", "arxiv:1706.06083"),
                    row(8, null, "arxiv:1812.11118"),
                    row(8, null, "openreview:B1g5sA4twr"),
                    row(9, "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks", "arxiv:1803.03635"),
                    row(11, "Generative Adversarial Networks", "arxiv:1406.2661"),
                    row(12, "Understanding deep learning requires rethinking generalization", "openreview:Sy8gdB9xx"),
                    row(14, "Dropout: A Simple Way to Prevent Neural Networks from Overfitting"),
                    row(18, "Layer Normalization", "arxiv:1607.06450"));
        }

        @Test
        void numbersTwoMentionsOnOneLine() {
            assertThat(onLine(note.papers(), 7, 1).ids()).isEqualTo(ids("arxiv:1412.6572"));
            assertThat(onLine(note.papers(), 7, 2).ids()).isEqualTo(ids("arxiv:1706.06083"));
            assertThat(onLine(note.papers(), 8, 2).linkText()).isEqualTo("this paper");
        }

        @Test
        void attachesTheCodeLinkToThePaperOfItsItem() {
            assertThat(onLine(note.papers(), 9).codeLinks()).containsExactly("https://github.com/google-research/lottery-ticket-hypothesis");
            assertThat(note.papers()).filteredOn(m -> m.span().line() != 9).allSatisfy(m -> assertThat(m.codeLinks()).isEmpty());
        }

        @Test
        void readsAReferenceLinkOnTheLineOfItsUse() {
            PaperMention dropout = onLine(note.papers(), 14);

            assertThat(dropout.url()).isEqualTo("https://jmlr.org/papers/v15/srivastava14a.html");
            assertThat(dropout.ids().isEmpty()).isTrue();
        }

        @Test
        void spansALinkTextThatRunsOverTwoLines() {
            PaperMention m = onLine(note.papers(), 12);

            assertThat(m.span().endLine()).isEqualTo(13);
            assertThat(m.linkText()).isEqualTo("Understanding deep learning requires rethinking generalization");
        }

        @Test
        void takesNoStatedAuthorsVenueOrYear() {
            assertThat(note.papers()).allSatisfy(m -> {
                assertThat(m.authors()).isEmpty();
                assertThat(m.venue()).isNull();
                assertThat(m.year()).isNull();
            });
        }

        @Test
        void readsTheNoteTitleFromItsH1() {
            assertThat(note.title()).isEqualTo("List items with paper links");
            assertThat(note.path()).isEqualTo("list-item-links.md");
            assertThat(note.lineCount()).isEqualTo(20);
        }
    }

    @Nested
    class HeadingLinks {
        private final ExtractedNote note = fixture("heading-links.md");

        @Test
        void findsTheFiveMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(3, "Deep Double Descent: Where Bigger Models and More Data Hurt", "openreview:B1g5sA4twr"),
                    row(8, "Deep Semi-Supervised Anomaly Detection", "openreview:HkgH0TEYwH"),
                    row(11, "ProxylessNAS", "openreview:HylVB3AqYm"),
                    row(20, null, "arxiv:2002.05709"),
                    row(24, "NICE: Non-linear Independent Components Estimation", "arxiv:1410.8516"));
        }

        @Test
        void readsHeadingMentionsWithTheHeadingRule() {
            assertThat(note.papers()).extracting(PaperMention::rule)
                    .containsExactly("heading-link", "heading-link", "heading-link", "bare-url", "heading-link");
        }

        @Test
        void takesABareReferenceUnderASpeakerHeadingAsItsOwnUntitledMention() {
            PaperMention ref = onLine(note.papers(), 20);

            assertThat(ref.title()).isNull();
            assertThat(ref.url()).isEqualTo("https://arxiv.org/abs/2002.05709");
            assertThat(ref.topic()).endsWith("Reflections from the Turing Award winners");
        }

        @Test
        void givesAHeadingMentionTheTopicOfItsParentHeadings() {
            assertThat(onLine(note.papers(), 3).topic()).isEqualTo("Heading links");
            assertThat(onLine(note.papers(), 8).topic()).isEqualTo("Heading links > Deep Double Descent: Where Bigger Models and More Data Hurt");
        }

        @Test
        void holdsTheSectionTextAsTheBodyOfAHeadingMention() {
            PaperMention ddd = onLine(note.papers(), 3);

            assertThat(ddd.body()).contains("Test error peaks near the interpolation threshold")
                    .doesNotContain("A few labelled anomalies");
            assertThat(ddd.span().endLine()).isEqualTo(7);
        }
    }

    @Nested
    class AwesomeList {
        private final ExtractedNote note = fixture("awesome-list.md");

        @Test
        void findsTheEightMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(10, "Deep Double Descent: Where Bigger Models and More Data Hurt", "arxiv:1912.02292"),
                    row(13, "Are All Layers Created Equal?", "arxiv:1902.01996"),
                    row(16, "Surprises in High-Dimensional Ridgeless Least Squares Interpolation", "arxiv:1903.08560"),
                    row(19, "Generalization of Two-layer Neural Networks: An Asymptotic Viewpoint", "openreview:H1gBsgBYwH"),
                    row(27, "Robustness May Be at Odds with Accuracy", "arxiv:1805.12152"),
                    row(29, null, "arxiv:1804.11285"),
                    row(30, "Benchmarking Neural Network Robustness to Common Corruptions and Perturbations", "arxiv:1903.12261"),
                    row(33, "Certified Adversarial Robustness via Randomized Smoothing", "arxiv:1902.02918"));
        }

        @Test
        void readsTheAuthorLines() {
            assertThat(note.papers()).extracting(PaperMention::authorsAsWritten).containsExactly(
                    "Preetum Nakkiran; Gal Kaplun; Yamini Bansal; Tristan Yang; Boaz Barak; Ilya Sutskever",
                    "Chiyuan Zhang; Samy Bengio; Yoram Singer",
                    "Trevor Hastie; Andrea Montanari; Saharon Rosset; Ryan J. Tibshirani",
                    "Jimmy Ba; Murat Erdogdu; Taiji Suzuki; Denny Wu; Tianzong Zhang",
                    "Dimitris Tsipras; Shibani Santurkar; Logan Engstrom; Alexander Turner; Aleksander Mądry",
                    "Schmidt et al",
                    "Dan Hendrycks; Thomas Dietterich",
                    "Jeremy Cohen; Elan Rosenfeld; J. Zico Kolter");
            assertThat(onLine(note.papers(), 10).authors()).hasSize(6).startsWith("Preetum Nakkiran");
        }

        @Test
        void readsTheVenueAndYearFromTheItalicsNotFromTheYearHeading() {
            assertThat(note.papers()).extracting(m -> m.venue() == null ? null : m.venue().label(), PaperMention::year)
                    .containsExactly(
                            tuple("ICLR 2020", 2020),
                            tuple("ICML 2019 Workshop", 2019),
                            tuple(null, null),
                            tuple("ICLR 2020", 2020),
                            tuple("ICLR 2019", 2019),
                            tuple(null, null),
                            tuple("ICLR 2019", 2019),
                            tuple(null, null));
        }

        @Test
        void attachesCodeAndDatasetLinksToTheirItemsPaper() {
            assertThat(onLine(note.papers(), 30).codeLinks()).containsExactly("https://github.com/hendrycks/robustness");
            assertThat(onLine(note.papers(), 30).datasetLinks()).containsExactly("https://zenodo.org/record/2235448");
            assertThat(onLine(note.papers(), 33).codeLinks()).containsExactly("https://github.com/locuslab/smoothing");
            assertThat(onLine(note.papers(), 33).datasetLinks()).isEmpty();
            assertThat(onLine(note.papers(), 10).codeLinks()).isEmpty();
        }

        @Test
        void takesTitlesFromTheItemTextWithTheAwesomeItemRule() {
            assertThat(onLine(note.papers(), 10).rule()).isEqualTo("awesome-item");
            assertThat(onLine(note.papers(), 10).linkText()).isEqualTo("[paper]");
            assertThat(onLine(note.papers(), 29).rule()).isEqualTo("author-citation");
        }

        @Test
        void givesTheHeadingPathWithoutTheBadgeAsTopic() {
            assertThat(onLine(note.papers(), 10).topic()).isEqualTo("Awesome fixture > Theory > 2019");
            assertThat(onLine(note.papers(), 27).topic()).isEqualTo("Awesome fixture > Robustness > 2018");
            assertThat(note.title()).isEqualTo("Awesome fixture");
        }

        @Test
        void holdsTheWholeItemAsBody() {
            PaperMention m = onLine(note.papers(), 10);

            assertThat(m.body()).startsWith("- Deep Double Descent").contains("Preetum Nakkiran").contains("Digest: The test error peaks");
            assertThat(m.span().endLine()).isEqualTo(12);
        }
    }

    @Nested
    class CitationLinks {
        private final ExtractedNote note = fixture("citation-links.md");

        @Test
        void findsTheTenMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(3, null, "arxiv:1412.6980"),
                    row(4, null, "arxiv:1502.03167"),
                    row(6, null, "openreview:Sy8gdB9xx"),
                    row(7, null, "arxiv:1812.11118"),
                    row(9, null, "arxiv:1703.00810"),
                    row(11, "ResNet", "arxiv:1512.03385"),
                    row(13, null, "openreview:rkgNKkHtvB"),
                    row(13, null, "openreview:H1eA7AEtvS"),
                    row(13, null, "arxiv:2003.01054"),
                    row(19, null, "doi:10.1126/science.1127647"));
        }

        @Test
        void readsAuthorsAndYearsFromCitations() {
            assertThat(note.papers()).extracting(PaperMention::authorsAsWritten, PaperMention::year).containsExactly(
                    tuple("Kingma; Ba", null),
                    tuple("Ioffe; Szegedy", null),
                    tuple("Zhang et al.", 2017),
                    tuple("Belkin et al.", 2019),
                    tuple("Shwartz-Ziv; Tishby", null),
                    tuple(null, null),
                    tuple(null, null),
                    tuple(null, null),
                    tuple(null, null),
                    tuple("Hinton; Salakhutdinov", null));
            assertThat(onLine(note.papers(), 3).authors()).containsExactly("Kingma", "Ba");
        }

        @Test
        void keepsAFormatLinkAfterGenericCitationsAsItsOwnPaper() {
            assertThat(onLine(note.papers(), 13, 1).ids()).isEqualTo(ids("openreview:rkgNKkHtvB"));
            assertThat(onLine(note.papers(), 13, 3).url()).isEqualTo("https://arxiv.org/abs/2003.01054");
        }

        @Test
        void readsTheFigureCaptionAnchorAsAnHtmlMention() {
            PaperMention m = onLine(note.papers(), 19);

            assertThat(m.rule()).isEqualTo("html-anchor");
            assertThat(m.linkText()).isEqualTo("Hinton and Salakhutdinov");
            assertThat(m.url()).isEqualTo("http://dx.doi.org/10.1126/science.1127647");
        }

        @Test
        void namesTheCitationRule() {
            assertThat(onLine(note.papers(), 6).rule()).isEqualTo("author-citation");
            assertThat(onLine(note.papers(), 11).rule()).isEqualTo("text-link");
        }
    }

    @Nested
    class NotPapers {
        @Test
        void findsNoMention() {
            ExtractedNote note = fixture("not-papers.md");

            assertThat(note.papers()).isEmpty();
            assertThat(note.title()).isEqualTo("Links that are not papers");
        }
    }

    @Nested
    class Identifiers {
        private final ExtractedNote note = fixture("identifiers.md");

        @Test
        void findsTheTwentyEightMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(5, "Deep Double Descent: Where Bigger Models and More Data Hurt", "openreview:B1g5sA4twr"),
                    row(6, "Deep Semi-Supervised Anomaly Detection", "openreview:HkgH0TEYwH"),
                    row(7, "Fast is better than free: Revisiting adversarial training", "openreview:BJx040EFvH"),
                    row(8, "Understanding deep learning requires rethinking generalization", "openreview:Sy8gdB9xx"),
                    row(12, "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators", "openreview:r1xMH1BtvB"),
                    row(13, "Fantastic Generalization Measures and Where to Find Them", "openreview:SJgIPJBFvH"),
                    row(14, "NAS-Bench-201: Extending the Scope of Reproducible Neural Architecture Search", "openreview:HJxyZkBKDr"),
                    row(15, "Distributionally Robust Neural Networks for Group Shifts: On the Importance of Regularization for Worst-Case Generalization"),
                    row(19, "Attention Is All You Need", "arxiv:1706.03762"),
                    row(20, "Attention Is All You Need", "arxiv:1706.03762"),
                    row(21, "Adam: A Method for Stochastic Optimization", "arxiv:1412.6980"),
                    row(22, "Adam: A Method for Stochastic Optimization", "arxiv:1412.6980"),
                    row(23, "Deep Residual Learning for Image Recognition", "arxiv:1512.03385"),
                    row(24, "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", "arxiv:2010.11929"),
                    row(25, "The information bottleneck method", "arxiv:physics/0004057"),
                    row(26, null, "arxiv:hep-th/9901001"),
                    row(30, "Deep learning", "doi:10.1038/nature14539"),
                    row(31, "Deep learning", "doi:10.1038/nature14539"),
                    row(32, "Deep Residual Learning for Image Recognition", "doi:10.1109/cvpr.2016.90"),
                    row(33, "Deep Residual Learning for Image Recognition", "doi:10.1109/cvpr.2016.90"),
                    row(34, "Support Vector Data Description", "doi:10.1023/b:mach.0000008084.60811.49"),
                    row(35, "Reconciling modern machine-learning practice and the classical bias–variance trade-off", "doi:10.1073/pnas.1903070116"),
                    row(39, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "acl:N19-1423"),
                    row(40, "Climbing towards NLU: On Meaning, Form, and Understanding in the Age of Data", "acl:2020.acl-main.463"),
                    row(41, "Energy and Policy Considerations for Deep Learning in NLP", "acl:P19-1355"),
                    row(42, "GloVe: Global Vectors for Word Representation", "acl:D14-1162"),
                    row(43, "GloVe: Global Vectors for Word Representation", "acl:D14-1162"),
                    row(44, "Learning Word Vectors for Sentiment Analysis", "acl:P11-1015"));
        }

        @Test
        void keepsEachLinkAsWrittenInTheMentionUrl() {
            assertThat(onLine(note.papers(), 15).url()).isEqualTo("https://iclr.cc/virtual/2020/poster/1491");
            assertThat(onLine(note.papers(), 20).url()).isEqualTo("https://arxiv.org/abs/1706.03762v5");
            assertThat(onLine(note.papers(), 32).url()).isEqualTo("https://doi.org/10.1109/CVPR.2016.90");
        }

        @Test
        void givesEveryMentionTheTopicOfItsSection() {
            assertThat(onLine(note.papers(), 5).topic()).isEqualTo("Identifier forms > OpenReview");
            assertThat(onLine(note.papers(), 44).topic()).isEqualTo("Identifier forms > ACL Anthology");
        }
    }

    @Nested
    class FrontMatter {
        private final ExtractedNote note = fixture("front-matter.md");

        @Test
        void readsTheFrontMatterPaperOnItsTitleLine() {
            PaperMention paper = note.papers().get(0);

            assertThat(paper.span().line()).isEqualTo(2);
            assertThat(paper.span().endLine()).isEqualTo(15);
            assertThat(paper.rule()).isEqualTo("front-matter");
            assertThat(paper.title()).isEqualTo("Rethinking the Value of Network Pruning");
            assertThat(paper.ids()).isEqualTo(ids("arxiv:1810.05270"));
            assertThat(paper.ids().doi()).as("empty doi: is no DOI").isNull();
            assertThat(paper.authorsAsWritten()).isEqualTo("Zhuang Liu; Mingjie Sun; Tinghui Zhou; Gao Huang; Trevor Darrell");
            assertThat(paper.venue()).isEqualTo(new Venue("ICLR 2019", "ICLR", 2019));
            assertThat(paper.year()).isEqualTo(2019);
            assertThat(paper.url()).isNull();
        }

        @Test
        void doesNotTakeTheH1RepeatingTheTitleForASecondMention() {
            assertThat(note.papers()).filteredOn(m -> m.span().line() == 17).isEmpty();
            assertThat(note.papers()).filteredOn(m -> "front-matter".equals(m.rule())).hasSize(1);
        }

        // EXPECTED.md also lists the Dataview wikilink on line 19 as a title-only mention. Wikilinks are
        // not extracted yet (LinkCollector reads Markdown, reference, auto, bare and HTML links only), so
        // this class does not assert the mention count of this fixture.

        @Test
        void readsTheNotesTitleDateAndTags() {
            assertThat(note.title()).isEqualTo("Rethinking the Value of Network Pruning");
            assertThat(note.date()).isEqualTo("2024-02-03");
            assertThat(note.tags()).containsExactly("paper", "pruning");
        }
    }

    @Nested
    class Crlf {
        private final ExtractedNote note = fixture("crlf.md");

        @Test
        void findsTheFiveMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(8, "Attention Is All You Need", "arxiv:1706.03762"),
                    row(9, "Understanding deep learning requires rethinking generalization", "openreview:Sy8gdB9xx"),
                    row(12, "Deep Double Descent: Where Bigger Models and More Data Hurt", "openreview:B1g5sA4twr"),
                    row(16, "Are All Layers Created Equal?", "arxiv:1902.01996"),
                    row(21, null, "arxiv:2002.05709"));
        }

        @Test
        void readsTheAuthorLineWithoutCarriageReturns() {
            PaperMention m = onLine(note.papers(), 16);

            assertThat(m.authorsAsWritten()).isEqualTo("Chiyuan Zhang; Samy Bengio; Yoram Singer");
            assertThat(m.venue()).isEqualTo(new Venue("ICML 2019 Workshop", "ICML", 2019));
            assertThat(m.year()).isEqualTo(2019);
        }

        @Test
        void leavesNoCarriageReturnInAnyField() {
            assertThat(note.title()).isEqualTo("Notes written on Windows");
            assertThat(note.date()).isEqualTo("2024-03-01");
            assertThat(note.papers()).allSatisfy(m -> assertThat(String.join("|", m.url(), m.linkText(), m.quote(), m.body(),
                    String.valueOf(m.title()), String.valueOf(m.topic()), String.valueOf(m.authorsAsWritten()),
                    String.join(",", m.ids().keys()))).doesNotContain("\r"));
        }

        @Test
        void givesTheSameMentionsAsAnLfCopy(@TempDir Path dir) throws IOException {
            String lf = Files.readString(TestNotes.FIXTURES.resolve("crlf.md"), StandardCharsets.UTF_8).replace("\r\n", "\n");
            Path copy = dir.resolve("crlf.md");
            Files.writeString(copy, lf, StandardCharsets.UTF_8);

            ExtractedNote lfNote = TestNotes.file(copy, "crlf.md");

            assertThat(lfNote.papers()).isEqualTo(note.papers());
            assertThat(lfNote.lineCount()).isEqualTo(note.lineCount()).isEqualTo(21);
        }
    }

    @Nested
    class Bom {
        private final ExtractedNote note = fixture("bom.md");

        @Test
        void findsTheTwoMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(9, "Adam: A Method for Stochastic Optimization", "arxiv:1412.6980"),
                    row(10, "Deep Residual Learning for Image Recognition", "doi:10.1109/cvpr.2016.90"));
        }

        @Test
        void readsTheFrontMatterAsTheNotesNotAPapers() {
            assertThat(note.title()).isEqualTo("Reading notes, week 12");
            assertThat(note.date()).isEqualTo("2024-03-21");
            assertThat(note.tags()).containsExactly("reading");
            assertThat(note.papers()).noneMatch(m -> m.rule().equals("front-matter"));
            assertThat(note.papers()).allSatisfy(m -> assertThat(m.authors()).isEmpty());
        }
    }

    @Nested
    class TwoLinksOnePaper {
        private final ExtractedNote note = fixture("two-links-one-paper.md");

        @Test
        void findsTheSevenMentionsOfExpectedMd() {
            assertThat(rows(note)).containsExactly(
                    row(3, "Deep Double Descent: Where Bigger Models and More Data Hurt", "openreview:B1g5sA4twr"),
                    row(4, "Adam: A Method for Stochastic Optimization", "arxiv:1412.6980"),
                    row(5, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "acl:N19-1423", "arxiv:1810.04805"),
                    row(6, "Reconciling modern machine-learning practice and the classical bias–variance trade-off",
                            "doi:10.1073/pnas.1903070116", "arxiv:1812.11118"),
                    row(9, "DARTS: Differentiable Architecture Search", "openreview:S1eYHoC5FX"),
                    row(23, "Deep Double Descent", "arxiv:1912.02292"),
                    row(24, "Deep Double Descent: Where Bigger Models and More Data Hurt", "arxiv:1912.02292"));
        }

        @Test
        void keepsTheFirstPaperLinkAsUrl() {
            assertThat(note.papers()).extracting(PaperMention::url).containsExactly(
                    "https://iclr.cc/virtual/poster_B1g5sA4twr.html",
                    "https://arxiv.org/abs/1412.6980",
                    "https://aclanthology.org/N19-1423/",
                    "https://www.pnas.org/doi/10.1073/pnas.1903070116",
                    "https://openreview.net/forum?id=S1eYHoC5FX",
                    "https://arxiv.org/abs/1912.02292",
                    "https://arxiv.org/abs/1912.02292");
        }

        @Test
        void readsTheAwesomeItemWithTwoLinks() {
            PaperMention m = onLine(note.papers(), 6);

            assertThat(m.authorsAsWritten()).isEqualTo("Mikhail Belkin; Daniel Hsu; Siyuan Ma; Soumik Mandal");
            assertThat(m.venue()).isEqualTo(new Venue("PNAS 2019", null, 2019));
            assertThat(m.year()).isEqualTo(2019);
        }

        @Test
        void mergesTheFigureCaptionCitationIntoTheHeadingMention() {
            PaperMention darts = onLine(note.papers(), 9);

            assertThat(darts.authorsAsWritten()).isEqualTo("Liu et al.");
            assertThat(darts.authors()).containsExactly("Liu");
            assertThat(darts.rule()).isEqualTo("heading-link");
            assertThat(note.papers()).filteredOn(m -> m.span().line() == 17).isEmpty();
        }
    }
}
