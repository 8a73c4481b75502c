package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notegraph.testing.TestNotes.ids;
import static org.notegraph.testing.TestNotes.mentions;
import static org.notegraph.testing.TestNotes.onLine;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperExtractorTest {

    // --- what is not a mention

    @Test
    void ignoresLinksInInlineCode() {
        assertThat(mentions("Use `[Adam](https://arxiv.org/abs/1412.6980)` or `https://arxiv.org/abs/1502.03167`.\n")).isEmpty();
    }

    @Test
    void ignoresLinksInFencedCodeBlocks() {
        assertThat(mentions("""
                ```markdown
                - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)
                Reference: https://arxiv.org/abs/2002.05709
                ```
                """)).isEmpty();
    }

    @Test
    void ignoresLinksInIndentedCodeBlocks() {
        assertThat(mentions("Example:\n\n    [Understanding deep learning](https://openreview.net/forum?id=Sy8gdB9xx)\n")).isEmpty();
    }

    @Test
    void ignoresImagesWhoseUrlHoldsAPaperId() {
        assertThat(mentions("![Attention Is All You Need, figure 1](https://arxiv.org/abs/1706.03762)\n\n"
                + "<img src=\"https://arxiv.org/abs/1502.03167\">\n")).isEmpty();
    }

    @Test
    void ignoresHtmlComments() {
        assertThat(mentions("<!-- [Commented out](https://arxiv.org/abs/1406.2661) -->\n")).isEmpty();
    }

    @Test
    void ignoresCodeBlogTalkAndAnchorLinks() {
        assertThat(mentions("""
                - [Contents](#contents), [code](https://github.com/a/b), [blog](https://medium.com/@a/b-1)
                - [keynote](https://iclr.cc/virtual_2020/speaker_7.html), [video](https://youtu.be/x), [mail](mailto:a@b.c)
                - [Deep Double Descent]() and [[anomaly detection]]
                """)).isEmpty();
    }

    @Test
    void ignoresShortOrLowerCaseTextOnUnknownSites() {
        assertThat(mentions("""
                - [CIFAR-10](https://www.cs.toronto.edu/~kriz/cifar.html)
                - [scikit-learn isolation forest docs](https://scikit-learn.org/stable/x.html)
                """)).isEmpty();
    }

    // --- links to unknown sites

    @Test
    void takesATitleLeadingItsItemOnAnUnknownSiteForAPaper() {
        PaperMention m = mentions("- [Deep One-Class Classification Networks](https://lab.example.org/ruff18a.html)\n").get(0);

        assertThat(m.title()).isEqualTo("Deep One-Class Classification Networks");
        assertThat(m.ids().isEmpty()).isTrue();
        assertThat(m.url()).isEqualTo("https://lab.example.org/ruff18a.html");
    }

    @Test
    void doesNotTakeATitleInsideASentenceOnAnUnknownSiteForAPaper() {
        assertThat(mentions("- We also liked [Deep One-Class Classification Networks](https://lab.example.org/ruff18a.html).\n")).isEmpty();
    }

    // --- one mention per paper per item

    @Test
    void mergesTwoLinksToOnePaperInOneItemKeepingTheFirstUrl() {
        List<PaperMention> ms = mentions("- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980) "
                + "([pdf](https://arxiv.org/pdf/1412.6980v9.pdf))\n");

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.url()).isEqualTo("https://arxiv.org/abs/1412.6980");
            assertThat(m.title()).isEqualTo("Adam: A Method for Stochastic Optimization");
            assertThat(m.ids()).isEqualTo(ids("arxiv:1412.6980"));
        });
    }

    @Test
    void takesTheTitleOfASecondLinkToTheSamePaper() {
        List<PaperMention> ms = mentions("- The [talk video](https://iclr.cc/virtual/poster_B1g5sA4twr.html) and "
                + "[Deep Double Descent](https://openreview.net/pdf?id=B1g5sA4twr).\n");

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.url()).isEqualTo("https://iclr.cc/virtual/poster_B1g5sA4twr.html");
            assertThat(m.linkText()).isEqualTo("talk video");
            assertThat(m.title()).isEqualTo("Deep Double Descent");
        });
    }

    @Test
    void mergesASameUrlLinkWithoutIdentifier() {
        List<PaperMention> ms = mentions("- [Dropout](https://jmlr.org/papers/v15/srivastava14a.html), again "
                + "[here](https://jmlr.org/papers/v15/srivastava14a.html/)\n");

        assertThat(ms).singleElement().satisfies(m -> assertThat(m.title()).isEqualTo("Dropout"));
    }

    @Test
    void addsTheIdentifierOfAFormatLinkToTheTitledPaperBeforeIt() {
        List<PaperMention> ms = mentions("- [BERT: Pre-training of Deep Bidirectional Transformers](https://aclanthology.org/N19-1423/), "
                + "also on [arXiv](https://arxiv.org/abs/1810.04805)\n");

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.ids()).isEqualTo(ids("acl:N19-1423", "arxiv:1810.04805"));
            assertThat(m.url()).isEqualTo("https://aclanthology.org/N19-1423/");
        });
    }

    @Test
    void joinsAFormatLinkToTheNearestTitledPaperNotTheFirst() {
        List<PaperMention> ms = mentions("- [Explaining and Harnessing Adversarial Examples](https://arxiv.org/abs/1412.6572) and "
                + "[Towards Deep Learning Models Resistant to Adversarial Attacks](https://openreview.net/forum?id=rJzIBfZAb) "
                + "([arXiv](https://arxiv.org/abs/1706.06083))\n");

        assertThat(ms).hasSize(2);
        assertThat(ms.get(0).ids()).isEqualTo(ids("arxiv:1412.6572"));
        assertThat(ms.get(1).ids()).isEqualTo(ids("openreview:rJzIBfZAb", "arxiv:1706.06083"));
    }

    @Test
    void keepsAFormatLinkAfterAGenericPointerAsItsOwnMention() {
        List<PaperMention> ms = mentions("Cheaper [[1]](https://openreview.net/forum?id=rkgNKkHtvB), see also "
                + "[paper](https://arxiv.org/abs/2003.01054).\n");

        assertThat(ms).extracting(PaperMention::ids).containsExactly(ids("openreview:rkgNKkHtvB"), ids("arxiv:2003.01054"));
        assertThat(ms).extracting(PaperMention::ordinal).containsExactly(1, 2);
    }

    @Test
    void keepsTwoDifferentPapersInOneItemApart() {
        List<PaperMention> ms = mentions("- [work 1](https://arxiv.org/abs/1812.11118) and [this paper](https://openreview.net/pdf?id=B1g5sA4twr)\n");

        assertThat(ms).hasSize(2).allSatisfy(m -> assertThat(m.title()).isNull());
    }

    @Test
    void keepsTheSamePaperInTwoItemsAsTwoMentions() {
        List<PaperMention> ms = mentions("- [Deep Double Descent](https://arxiv.org/abs/1912.02292)\n"
                + "- [Deep Double Descent: Where Bigger Models and More Data Hurt](https://arxiv.org/abs/1912.02292)\n");

        assertThat(ms).extracting(m -> m.span().line()).containsExactly(1, 2);
    }

    // --- awesome-list items

    @Test
    void takesTheItemTextBeforeABracketedPaperLinkAsTitle() {
        PaperMention m = mentions("- Are All Layers Created Equal? [[paper]](https://arxiv.org/abs/1902.01996)\n").get(0);

        assertThat(m.title()).isEqualTo("Are All Layers Created Equal?");
        assertThat(m.rule()).isEqualTo("awesome-item");
        assertThat(m.linkText()).isEqualTo("[paper]");
    }

    @Test
    void takesNoTitleFromASentenceBeforeABracketedPaperLink() {
        PaperMention m = mentions("- We read this one in week three. It was fine [[paper]](https://arxiv.org/abs/1902.01996)\n").get(0);

        assertThat(m.title()).isNull();
    }

    @Test
    void readsTheAuthorLineAndItalicVenueOfAnItem() {
        PaperMention m = mentions("""
                - Deep Double Descent: Where Bigger Models and More Data Hurt. [[paper]](https://arxiv.org/abs/1912.02292) [[code]](https://github.com/x/y)
                  - Preetum Nakkiran, Gal Kaplun, Boaz Barak. *ICLR 2020*
                  - Digest: test error peaks at the interpolation threshold.
                """).get(0);

        assertThat(m.authors()).containsExactly("Preetum Nakkiran", "Gal Kaplun", "Boaz Barak");
        assertThat(m.authorsAsWritten()).isEqualTo("Preetum Nakkiran; Gal Kaplun; Boaz Barak");
        assertThat(m.venue()).isEqualTo(new Venue("ICLR 2020", "ICLR", 2020));
        assertThat(m.year()).isEqualTo(2020);
        assertThat(m.codeLinks()).containsExactly("https://github.com/x/y");
        assertThat(m.span().endLine()).isEqualTo(3);
    }

    @Test
    void readsNoAuthorsFromADigestLine() {
        PaperMention m = mentions("""
                - Some Paper Title. [[paper]](https://arxiv.org/abs/1912.02292)
                  - Digest: Only a few layers are critical, the rest can be reset.
                """).get(0);

        assertThat(m.authors()).isEmpty();
        assertThat(m.venue()).isNull();
    }

    // --- citations and authors

    @Test
    void readsAuthorsAndYearFromAnAuthorCitation() {
        PaperMention m = mentions("As shown by [Zhang et al. (2017)](https://openreview.net/forum?id=Sy8gdB9xx), nets memorise.\n").get(0);

        assertThat(m.title()).isNull();
        assertThat(m.authorsAsWritten()).isEqualTo("Zhang et al.");
        assertThat(m.authors()).containsExactly("Zhang");
        assertThat(m.year()).isEqualTo(2017);
        assertThat(m.rule()).isEqualTo("author-citation");
    }

    @Test
    void readsAuthorsNamedRightAfterAGenericLink() {
        PaperMention m = mentions("It comes from [recent theoretical work](https://arxiv.org/abs/1703.00810) by Shwartz-Ziv and Tishby.\n").get(0);

        assertThat(m.title()).isNull();
        assertThat(m.authors()).containsExactly("Shwartz-Ziv", "Tishby");
    }

    @Test
    void takesAShortNameAsATitle() {
        assertThat(mentions("Everyone uses a [ResNet](https://arxiv.org/abs/1512.03385) backbone.\n").get(0).title()).isEqualTo("ResNet");
    }

    // --- headings, sections and figure captions

    @Test
    void mergesAFigureCaptionAnchorIntoTheHeadingMentionOfTheSamePaper() {
        List<PaperMention> ms = mentions("""
                ## [DARTS: Differentiable Architecture Search](https://openreview.net/forum?id=S1eYHoC5FX)

                * Continuous relaxation

                <figure>
                  <img src="/assets/darts-cell.png">
                  <figcaption>
                    A searched cell.
                    <a href="https://openreview.net/forum?id=S1eYHoC5FX">Liu et al.</a>
                  </figcaption>
                </figure>
                """);

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.span().line()).isEqualTo(1);
            assertThat(m.title()).isEqualTo("DARTS: Differentiable Architecture Search");
            assertThat(m.authorsAsWritten()).isEqualTo("Liu et al.");
            assertThat(m.url()).isEqualTo("https://openreview.net/forum?id=S1eYHoC5FX");
        });
    }

    @Test
    void keepsAFigureCaptionAnchorToAnotherPaperApart() {
        List<PaperMention> ms = mentions("""
                ## [DARTS: Differentiable Architecture Search](https://openreview.net/forum?id=S1eYHoC5FX)

                <figure><figcaption><a href="https://arxiv.org/abs/1802.01548">Real et al.</a></figcaption></figure>
                """);

        assertThat(ms).hasSize(2);
        assertThat(ms.get(1).rule()).isEqualTo("html-anchor");
        assertThat(ms.get(1).authorsAsWritten()).isEqualTo("Real et al.");
        assertThat(ms.get(0).authors()).isEmpty();
    }

    @Test
    void mergesALaterLinkInTheSectionOfAPaperHeading() {
        List<PaperMention> ms = mentions("""
                ## [Deep Double Descent](https://openreview.net/pdf?id=B1g5sA4twr)

                The [forum](https://openreview.net/forum?id=B1g5sA4twr) has the reviews.
                """);

        assertThat(ms).singleElement().satisfies(m -> assertThat(m.rule()).isEqualTo("heading-link"));
    }

    @Test
    void attachesACodeLinkInAPaperSectionToTheHeadingMention() {
        PaperMention m = mentions("""
                ## [Deep Double Descent](https://openreview.net/pdf?id=B1g5sA4twr)

                - [code](https://github.com/x/ddd)
                - [data](https://zenodo.org/record/1)
                """).get(0);

        assertThat(m.codeLinks()).containsExactly("https://github.com/x/ddd");
        assertThat(m.datasetLinks()).containsExactly("https://zenodo.org/record/1");
    }

    @Test
    void dropsACodeLinkWithNoPaperAround() {
        assertThat(mentions("- [code](https://github.com/x/y)\n- [dataset](https://huggingface.co/datasets/squad)\n")).isEmpty();
    }

    @Test
    void takesTheHeadingTextAroundALinkAsTheTitleOnlyWhenTheLinkTextIsGeneric() {
        PaperMention m = mentions("## Deep Semi-Supervised Anomaly Detection [[paper]](https://openreview.net/forum?id=HkgH0TEYwH)\n").get(0);

        assertThat(m.title()).isEqualTo("Deep Semi-Supervised Anomaly Detection");
        assertThat(m.rule()).isEqualTo("heading-link");
    }

    @Test
    void givesTheHeadingPathAsTopic() {
        List<PaperMention> ms = mentions("""
                # Reading
                ## Theory
                ### 2019
                - [Deep Double Descent](https://arxiv.org/abs/1912.02292)
                ## Robustness
                - [Certified Adversarial Robustness](https://arxiv.org/abs/1902.02918)
                """);

        assertThat(ms).extracting(PaperMention::topic).containsExactly("Reading > Theory > 2019", "Reading > Robustness");
    }

    @Test
    void givesNoTopicBeforeTheFirstHeading() {
        assertThat(mentions("- [Deep Double Descent](https://arxiv.org/abs/1912.02292)\n\n# Later\n").get(0).topic()).isNull();
    }

    @Test
    void givesAHeadingMentionTheTopicOfItsParentsOnly() {
        List<PaperMention> ms = mentions("# Notes\n\n## [Deep Double Descent](https://arxiv.org/abs/1912.02292)\n\nText.\n");

        assertThat(ms.get(0).topic()).isEqualTo("Notes");
    }

    @Test
    void givesATopLevelHeadingMentionNoTopic() {
        assertThat(mentions("# [Deep Double Descent](https://arxiv.org/abs/1912.02292)\n").get(0).topic()).isNull();
    }

    @Test
    void takesABareReferenceUnderASpeakerHeadingAsItsOwnUntitledMention() {
        List<PaperMention> ms = mentions("""
                # Talks

                ### [Reflections from the Turing Award winners](https://iclr.cc/virtual_2020/speaker_7.html)
                Reference: https://arxiv.org/abs/2002.05709

                The heading is a talk.
                """);

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.span().line()).isEqualTo(4);
            assertThat(m.title()).isNull();
            assertThat(m.rule()).isEqualTo("bare-url");
            assertThat(m.ids()).isEqualTo(ids("arxiv:2002.05709"));
            assertThat(m.linkText()).isEqualTo("https://arxiv.org/abs/2002.05709");
            assertThat(m.topic()).isEqualTo("Talks > Reflections from the Turing Award winners");
        });
    }

    @Test
    void trimsSentencePunctuationFromABareUrl() {
        PaperMention m = mentions("See the paper (https://arxiv.org/abs/1706.03762v5).\n").get(0);

        assertThat(m.url()).isEqualTo("https://arxiv.org/abs/1706.03762v5");
        assertThat(m.ids()).isEqualTo(ids("arxiv:1706.03762"));
    }

    @Test
    void readsAnAutolinkAsABareUrlMention() {
        PaperMention m = mentions("Paper: <https://arxiv.org/abs/1706.03762>\n").get(0);

        assertThat(m.rule()).isEqualTo("bare-url");
        assertThat(m.title()).isNull();
    }

    // --- body, span and quote

    @Test
    void holdsTheItemTextAsBody() {
        PaperMention m = mentions("""
                Intro.

                - [Adam](https://arxiv.org/abs/1412.6980) is the default optimiser.
                  It adapts step sizes per parameter.
                - [Other](https://arxiv.org/abs/1502.03167)
                """).get(0);

        assertThat(m.body()).isEqualTo("- [Adam](https://arxiv.org/abs/1412.6980) is the default optimiser.\n  It adapts step sizes per parameter.");
        assertThat(m.span().line()).isEqualTo(3);
        assertThat(m.span().endLine()).isEqualTo(4);
    }

    @Test
    void holdsTheParagraphAsBodyOfATextLink() {
        PaperMention m = mentions("First paragraph.\n\nWe used [Adam](https://arxiv.org/abs/1412.6980) here.\n\nLast.\n").get(0);

        assertThat(m.body()).isEqualTo("We used [Adam](https://arxiv.org/abs/1412.6980) here.");
        assertThat(m.rule()).isEqualTo("text-link");
    }

    @Test
    void holdsTheSectionUpToTheNextHeadingAsBodyOfAHeadingMention() {
        PaperMention m = mentions("""
                ## [Deep Double Descent](https://arxiv.org/abs/1912.02292)

                Test error peaks.

                ### Details
                Sub-section text.
                """).get(0);

        assertThat(m.body()).startsWith("## [Deep Double Descent]").contains("Test error peaks.").doesNotContain("Sub-section");
        assertThat(m.span().endLine()).isEqualTo(4);
    }

    @Test
    void capsAVeryLongBody() {
        String item = "- [Adam](https://arxiv.org/abs/1412.6980) " + "word ".repeat(3000) + "\n";

        PaperMention m = mentions(item).get(0);

        assertThat(m.body()).hasSize(8001).endsWith("…");
    }

    @Test
    void quotesTheLinkAsWrittenWithItsOffsets() {
        String md = "- See [Adam](https://arxiv.org/abs/1412.6980).\n";

        PaperMention m = mentions(md).get(0);

        assertThat(m.quote()).isEqualTo("[Adam](https://arxiv.org/abs/1412.6980)");
        assertThat(md.substring(m.span().start(), m.span().end())).isEqualTo(m.quote());
    }

    @Test
    void numbersMentionsWithinALine() {
        List<PaperMention> ms = mentions("[A Paper](https://arxiv.org/abs/1412.6980), [B Paper](https://arxiv.org/abs/1502.03167)\n\n"
                + "[C Paper](https://arxiv.org/abs/1512.03385)\n");

        assertThat(ms).extracting(m -> m.span().line() + "-" + m.ordinal()).containsExactly("1-1", "1-2", "3-1");
        assertThat(onLine(ms, 1, 2).title()).isEqualTo("B Paper");
    }

    // --- context venue

    @Test
    void givesOpenReviewPapersTheVenueOfANoteAboutAConference() {
        List<PaperMention> ms = mentions("""
                # Summary of Talks and Posters from ICLR 2020

                - [Deep Double Descent](https://openreview.net/pdf?id=B1g5sA4twr)
                - [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
                """);

        assertThat(ms.get(0).venue()).isEqualTo(new Venue("ICLR 2020", "ICLR", 2020));
        assertThat(ms.get(0).year()).isEqualTo(2020);
        assertThat(ms.get(1).venue()).isNull();
        assertThat(ms.get(1).year()).isNull();
    }

    @Test
    void prefersAStatedVenueToTheContextVenue() {
        PaperMention m = mentions("""
                # ICLR 2020 notes

                - Some Earlier Paper. [[paper]](https://openreview.net/forum?id=B1g5sA4twr)
                  - Ann Author, Bob Writer. *ICLR 2019*
                """).get(0);

        assertThat(m.venue()).isEqualTo(new Venue("ICLR 2019", "ICLR", 2019));
        assertThat(m.year()).isEqualTo(2019);
    }

    // --- front matter papers

    @Test
    void takesFrontMatterWithAnIdentifierAsTheNotesOwnPaper() {
        List<PaperMention> ms = mentions("""
                ---
                title: Deep SAD
                authors: [Lukas Ruff, Robert Vandermeulen]
                doi: 10.48550/ARXIV.1906.02694
                url: https://openreview.net/forum?id=HkgH0TEYwH
                year: 2020
                ---
                Body.
                """);

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("front-matter");
            assertThat(m.span().line()).as("the line of its title").isEqualTo(2);
            assertThat(m.title()).isEqualTo("Deep SAD");
            assertThat(m.ids()).isEqualTo(ids("doi:10.48550/arxiv.1906.02694", "openreview:HkgH0TEYwH"));
            assertThat(m.url()).isEqualTo("https://openreview.net/forum?id=HkgH0TEYwH");
            assertThat(m.authors()).containsExactly("Lukas Ruff", "Robert Vandermeulen");
            assertThat(m.year()).isEqualTo(2020);
            assertThat(m.venue()).isNull();
        });
    }

    @Test
    void takesNoFrontMatterPaperWithoutAnIdentifierOrPaperUrl() {
        assertThat(mentions("---\ntitle: Reading notes\nauthors: [Mira Okafor]\nurl: https://github.com/x/y\narxiv: not-an-id\n---\nBody.\n"))
                .isEmpty();
    }

    @Test
    void putsTheFrontMatterPaperFirst() {
        List<PaperMention> ms = mentions("---\narxiv: 1810.05270\n---\n- [Adam](https://arxiv.org/abs/1412.6980)\n");

        assertThat(ms).extracting(PaperMention::rule).containsExactly("front-matter", "list-item-link");
    }

    // --- robustness

    @Test
    void findsAPaperUnderTenThousandNestedBlockQuotes() {
        List<PaperMention> ms = mentions(">".repeat(10_000) + " [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");

        assertThat(ms).singleElement().satisfies(m -> assertThat(m.ids()).isEqualTo(ids("arxiv:1706.03762")));
    }
}
