package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTextRulesTest {
    private static final LinkTextRules RULES = LinkTextRules.defaults();

    // --- generic link text

    @ParameterizedTest
    @ValueSource(strings = {"this paper", "work 1", "[1]", "1", "(2)", "FactorGAN paper", "amazing presentation",
            "paper", "[paper]", "pdf", "here", "link", "preprint", "recent theoretical work", "the paper", "",
            "   ", "https://arxiv.org/abs/1706.03762", "www.example.org/x", "[pdf]", "arXiv version", "our work",
            "talk video"})
    void readsPointersAsGeneric(String text) {
        assertThat(RULES.isGeneric(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Scaling Autoregressive Video Models", "Deep Audio Priors", "ResNet", "Attention Is All You Need",
            "Deep learning", "Layer Normalization", "Deep Double Descent", "Paper Title With Six Words Here today"})
    void readsTitlesAsNotGeneric(String text) {
        assertThat(RULES.isGeneric(text)).as(text).isFalse();
    }

    @Test
    void readsALongPhraseAroundAGenericWordAsNotGeneric() {
        assertThat(RULES.isGeneric("a long sentence that mentions this paper in passing")).isFalse();
    }

    // --- format-only link text

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "PDF", "[paper]", "arXiv version", "arXiv", "[arXiv]", "OpenReview", "paper (pdf)",
            "ACL Anthology", "doi", "the pdf", "camera-ready", "Semantic Scholar", "pdf / html"})
    void readsCopiesOfAPaperAsFormatOnly(String text) {
        assertThat(RULES.isFormatOnly(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"this paper", "work 1", "[1]", "code", "talk video", "Deep Learning", "FactorGAN paper", "", "   "})
    void readsOtherTextAsNotFormatOnly(String text) {
        assertThat(RULES.isFormatOnly(text)).as(text).isFalse();
    }

    // --- author citations

    @Test
    void readsEtAlWithAYear() {
        assertThat(RULES.authorCitation("Schulman et al. 2015"))
                .contains(new LinkTextRules.AuthorCitation("Schulman et al.", List.of("Schulman"), 2015));
    }

    @Test
    void readsTwoAuthorsJoinedByAnd() {
        assertThat(RULES.authorCitation("Hinton and Salakhutdinov"))
                .contains(new LinkTextRules.AuthorCitation("Hinton; Salakhutdinov", List.of("Hinton", "Salakhutdinov"), null));
    }

    @Test
    void readsTwoAuthorsJoinedByAmpersand() {
        assertThat(RULES.authorCitation("Ioffe & Szegedy").orElseThrow().authorsAsWritten()).isEqualTo("Ioffe; Szegedy");
    }

    @Test
    void readsThreeAuthors() {
        assertThat(RULES.authorCitation("Belkin, Hsu and Xu").orElseThrow().authors()).containsExactly("Belkin", "Hsu", "Xu");
    }

    @Test
    void keepsEtAlWithoutADotAsWritten() {
        assertThat(RULES.authorCitation("Schmidt et al"))
                .contains(new LinkTextRules.AuthorCitation("Schmidt et al", List.of("Schmidt"), null));
    }

    @Test
    void keepsEtAlWithADotAsWritten() {
        assertThat(RULES.authorCitation("Liu et al.").orElseThrow().authorsAsWritten()).isEqualTo("Liu et al.");
    }

    @ParameterizedTest
    @CsvSource({
            "'Zhang et al. (2017)', Zhang et al., 2017",
            "'Belkin et al., 2019', Belkin et al., 2019",
            "'Kingma and Ba, 2015', Kingma; Ba, 2015",
            "'Vaswani 2017', Vaswani, 2017",
            "'Vaswani (2017b)', Vaswani, 2017",
            "'Shwartz-Ziv and Tishby', Shwartz-Ziv; Tishby, ",
            "'Mądry et al.', Mądry et al., ",
    })
    void readsCitationForms(String text, String authors, Integer year) {
        LinkTextRules.AuthorCitation c = RULES.authorCitation(text).orElseThrow();

        assertThat(c.authorsAsWritten()).isEqualTo(authors);
        assertThat(c.year()).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Deep Learning", "ResNet", "Attention Is All You Need", "Vaswani", "Code and Data",
            "this paper", "Adam: A Method for Stochastic Optimization", "et al.", "Work 1"})
    void readsOtherTextAsNoAuthorCitation(String text) {
        assertThat(RULES.authorCitation(text)).as(text).isEmpty();
    }

    // --- categories

    @ParameterizedTest
    @CsvSource({
            "code, code", "[code], code", "GitHub repo, code", "official implementation, code", "PyTorch, code",
            "source code, code", "dataset, dataset", "[dataset], dataset", "benchmark data, dataset",
            "blog summary, not-paper", "keynote page, not-paper", "project page, not-paper", "slides, not-paper",
            "workshop page, not-paper"})
    void categorisesCodeDatasetAndNotPaperText(String text, String category) {
        assertThat(RULES.category(text)).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper", "[pdf]", "this paper", "Deep Learning", "Attention Is All You Need",
            "A long title that mentions code somewhere in it"})
    void givesNoCategoryToPaperTextOrLongTitles(String text) {
        assertThat(RULES.category(text)).as(text).isNull();
    }
}
