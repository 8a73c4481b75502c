package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRulesTest {
    private static final UrlRules RULES = UrlRules.defaults();

    private static UrlRules.Match classify(String url) { return RULES.classify(url); }

    private static void assertPaper(String url, String scheme, String id) {
        UrlRules.Match m = classify(url);
        assertThat(m.kind()).as(url).isEqualTo(LinkKind.PAPER);
        assertThat(m.scheme()).as(url).isEqualTo(scheme == null ? null : IdScheme.named(scheme).orElseThrow());
        assertThat(m.id()).as(url).isEqualTo(id);
    }

    // --- OpenReview and the ICLR virtual site

    @ParameterizedTest
    @CsvSource({
            "https://openreview.net/pdf?id=B1g5sA4twr, B1g5sA4twr",
            "https://openreview.net/forum?id=HkgH0TEYwH, HkgH0TEYwH",
            "https://openreview.net/forum?id=BJx040EFvH&noteId=BJx040EFvH, BJx040EFvH",
            "http://www.openreview.net/pdf?id=Sy8gdB9xx, Sy8gdB9xx",
            "https://openreview.net/forum?id=r1xMH1BtvB#discussion, r1xMH1BtvB",
            "https://openreview.net/attachment?id=rkgNKkHtvB&name=original_pdf, rkgNKkHtvB",
            "https://openreview.net/forum?invitation=x&id=S1eYHoC5FX, S1eYHoC5FX",
    })
    void extractsOpenReviewIdsKeepingTheirCase(String url, String id) {
        assertPaper(url, "openreview", id);
    }

    @ParameterizedTest
    @CsvSource({
            "https://iclr.cc/virtual/poster_r1xMH1BtvB.html, r1xMH1BtvB",
            "https://iclr.cc/virtual_2020/poster_SJgIPJBFvH.html, SJgIPJBFvH",
            "https://iclr.cc/virtual/2020/poster/HJxyZkBKDr, HJxyZkBKDr",
            "https://iclr.cc/virtual/poster_HkgH0TEYwH.html, HkgH0TEYwH",
            "https://www.iclr.cc/virtual_2020/poster_B1g5sA4twr.html#details, B1g5sA4twr",
    })
    void readsOpenReviewIdsFromIclrPosterPages(String url, String id) {
        assertPaper(url, "openreview", id);
    }

    @Test
    void doesNotTakeANumericIclrPosterIdForAnOpenReviewId() {
        UrlRules.Match m = classify("https://iclr.cc/virtual/2020/poster/1491");

        assertThat(m.kind()).isEqualTo(LinkKind.PAPER);
        assertThat(m.scheme()).isNull();
        assertThat(m.id()).isNull();
    }

    @Test
    void takesNumericIcmlAndNeuripsVirtualPagesAsPapersWithoutId() {
        assertPaper("https://icml.cc/virtual/2020/poster/5842", null, null);
        assertPaper("https://neurips.cc/virtual/2021/oral/12345", null, null);
    }

    // --- arXiv

    @ParameterizedTest
    @CsvSource({
            "https://arxiv.org/abs/1706.03762, 1706.03762",
            "https://arxiv.org/abs/1706.03762v5, 1706.03762",
            "https://arxiv.org/pdf/1412.6980, 1412.6980",
            "https://arxiv.org/pdf/1412.6980v9.pdf, 1412.6980",
            "https://arxiv.org/pdf/1412.6980.pdf, 1412.6980",
            "http://arxiv.org/abs/1512.03385, 1512.03385",
            "https://www.arxiv.org/abs/2010.11929, 2010.11929",
            "https://export.arxiv.org/abs/2010.11929v2, 2010.11929",
            "https://arxiv.org/abs/1706.03762/, 1706.03762",
            "https://arxiv.org/abs/1706.03762?context=cs, 1706.03762",
            "https://arxiv.org/html/2402.01234v1, 2402.01234",
            "https://ARXIV.ORG/ABS/1706.03762V5, 1706.03762",
    })
    void extractsArxivIdWithoutVersion(String url, String id) {
        assertPaper(url, "arxiv", id);
    }

    @ParameterizedTest
    @CsvSource({
            "https://arxiv.org/abs/hep-th/9901001v2, hep-th/9901001",
            "https://arxiv.org/abs/hep-th/9901001, hep-th/9901001",
            "https://arxiv.org/abs/physics/0004057, physics/0004057",
            "https://arxiv.org/pdf/cond-mat/0102536v1.pdf, cond-mat/0102536",
            "https://arxiv.org/abs/math.GT/0309136, math.GT/0309136",
    })
    void extractsOldStyleArxivIdsKeepingTheArchive(String url, String id) {
        assertPaper(url, "arxiv", id);
    }

    @Test
    void readsAnArxivDoiAsAnArxivId() {
        assertPaper("https://doi.org/10.48550/arXiv.2002.05709", "arxiv", "2002.05709");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/list/cs.LG/new", "https://arxiv.org/a/smith_j_1", "https://arxiv.org/"})
    void doesNotTakeArxivListingsForPapers(String url) {
        assertThat(classify(url).kind()).isNotEqualTo(LinkKind.PAPER);
    }

    @Test
    void takesAnArxivFigureForAnImage() {
        assertThat(classify("https://arxiv.org/html/1706.03762v7/x1.png").kind()).isEqualTo(LinkKind.IMAGE);
    }

    // --- DOI

    @ParameterizedTest
    @CsvSource({
            "https://doi.org/10.1038/nature14539, 10.1038/nature14539",
            "https://dx.doi.org/10.1038/nature14539, 10.1038/nature14539",
            "http://dx.doi.org/10.1126/science.1127647, 10.1126/science.1127647",
            "https://doi.org/10.1109/CVPR.2016.90, 10.1109/cvpr.2016.90",
            "http://dx.doi.org/10.1109/cvpr.2016.90, 10.1109/cvpr.2016.90",
            "https://doi.org/10.1023/B:MACH.0000008084.60811.49, 10.1023/b:mach.0000008084.60811.49",
            "https://www.doi.org/10.1145/3292500.3330701, 10.1145/3292500.3330701",
            "https://www.pnas.org/doi/10.1073/pnas.1903070116, 10.1073/pnas.1903070116",
            "https://dl.acm.org/doi/abs/10.1145/3292500.3330701, 10.1145/3292500.3330701",
            "https://link.springer.com/article/10.1007/s10994-019-05855-6, 10.1007/s10994-019-05855-6",
    })
    void extractsDoisInLowerCase(String url, String id) {
        assertPaper(url, "doi", id);
    }

    // --- ACL Anthology

    @ParameterizedTest
    @CsvSource({
            "https://aclanthology.org/N19-1423/, N19-1423",
            "https://aclanthology.org/N19-1423, N19-1423",
            "https://aclanthology.org/N19-1423.pdf, N19-1423",
            "https://aclanthology.org/2020.acl-main.463.pdf, 2020.acl-main.463",
            "https://aclanthology.org/2020.acl-main.463/, 2020.acl-main.463",
            "https://www.aclweb.org/anthology/P19-1126/, P19-1126",
            "https://aclweb.org/anthology/P19-1126/, P19-1126",
            "http://www.aclweb.org/anthology/D14-1162.pdf, D14-1162",
            "http://www.aclweb.org/anthology/P/P11/P11-1015.pdf, P11-1015",
            "https://aclweb.org/anthology/P/P11/P11-1015, P11-1015",
    })
    void extractsAclAnthologyIds(String url, String id) {
        assertPaper(url, "acl", id);
    }

    // --- papers without an identifier

    @ParameterizedTest
    @ValueSource(strings = {
            "https://jmlr.org/papers/v15/srivastava14a.html",
            "https://proceedings.mlr.press/v80/ruff18a.html",
            "https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html",
            "https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html",
            "https://www.semanticscholar.org/paper/abc123",
            "https://ieeexplore.ieee.org/document/4781136",
            "https://example.org/papers/some-paper.pdf",
    })
    void takesKnownPaperSitesAndPdfsAsPapersWithoutId(String url) {
        assertPaper(url, null, null);
    }

    // --- code, datasets, images, not papers

    @ParameterizedTest
    @ValueSource(strings = {
            "https://github.com/google-research/lottery-ticket-hypothesis",
            "https://gitlab.com/group/project",
            "https://colab.research.google.com/drive/1abc",
            "https://huggingface.co/bert-base-uncased",
    })
    void classifiesCodeHosts(String url) {
        assertThat(classify(url).kind()).isEqualTo(LinkKind.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://huggingface.co/datasets/squad", "https://www.kaggle.com/datasets/x/y"})
    void classifiesDatasetHosts(String url) {
        assertThat(classify(url).kind()).isEqualTo(LinkKind.DATASET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.org/figure.png",
            "https://example.org/photo.JPG?size=large",
            "https://awesome.re/badge.svg",
            "https://img.shields.io/badge/build-passing-green",
            "https://user-images.githubusercontent.com/1/figure.png",
            "https://raw.githubusercontent.com/x/y/main/diagram",
    })
    void classifiesImagesAndBadges(String url) {
        assertThat(classify(url).kind()).isEqualTo(LinkKind.IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.youtube.com/watch?v=abc",
            "https://youtu.be/abc",
            "https://medium.com/@someone/a-post-123",
            "https://towardsdatascience.com/a-post-123",
            "https://iclr.cc/virtual_2020/speaker_7.html",
            "https://iclr.cc/virtual/workshops_14.html",
            "https://iclr.cc/Conferences/2020",
            "https://twitter.com/someone/status/1",
            "https://en.wikipedia.org/wiki/Autoencoder",
            "https://lilianweng.github.io/posts/2020-08-06-nas/",
    })
    void classifiesPagesThatAreNotPapers(String url) {
        assertThat(classify(url).kind()).isEqualTo(LinkKind.NOT_PAPER);
    }

    @Test
    void classifiesAnAnchorAsNotAPaper() {
        assertThat(classify("#robustness")).isEqualTo(new UrlRules.Match(LinkKind.NOT_PAPER, "anchor", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:organisers@example.org", "/assets/darts-cell.png", "ftp://example.org/paper.pdf", "notes/other.md"})
    void classifiesNonWebLinksAsNotPapers(String url) {
        assertThat(classify(url).kind()).isEqualTo(LinkKind.NOT_PAPER);
        assertThat(classify(url).rule()).isEqualTo("not-web");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void classifiesAnEmptyLinkAsNotAPaper(String url) {
        assertThat(classify(url).kind()).isEqualTo(LinkKind.NOT_PAPER);
        assertThat(classify(url).rule()).isEqualTo("empty-link");
    }

    @Test
    void leavesAnUnknownSiteUnknown() {
        assertThat(classify("https://www.cs.toronto.edu/~kriz/cifar.html")).isEqualTo(UrlRules.Match.UNKNOWN);
    }

    @Test
    void ignoresSurroundingWhiteSpace() {
        assertPaper("  https://arxiv.org/abs/1706.03762 \n", "arxiv", "1706.03762");
    }

    @Test
    void namesTheRuleThatMatched() {
        assertThat(classify("https://arxiv.org/abs/1706.03762").rule()).isEqualTo("arxiv");
        assertThat(classify("https://iclr.cc/virtual/poster_r1xMH1BtvB.html").rule()).isEqualTo("iclr-virtual-poster");
        assertThat(classify("https://iclr.cc/virtual/2020/poster/1491").rule()).isEqualTo("conference-virtual-paper");
    }

    // --- URL keys

    @Test
    void keysAUrlWithoutSchemeWwwFragmentOrTrailingSlash() {
        assertThat(UrlRules.key("https://www.Example.org/Path/#top")).isEqualTo("example.org/path");
        assertThat(UrlRules.key("http://example.org/path")).isEqualTo(UrlRules.key("https://www.example.org/path/"));
    }

    @Test
    void keepsTheQueryInAUrlKey() {
        assertThat(UrlRules.key("https://openreview.net/forum?id=A")).isNotEqualTo(UrlRules.key("https://openreview.net/forum?id=B"));
    }

    // --- user rules

    @Test
    void putsAUsersRulesInFrontOfTheBuiltInOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.tsv");
        Files.writeString(file, """
                # my rules
                lab-papers\tpaper\t^https?://lab\\.example\\.org/pub/(?<id>\\d{4}\\.\\d{5})$\tarxiv
                forks\tnot-paper\t^https?://github\\.com/my-forks/.*$\t-
                """);

        UrlRules rules = UrlRules.defaults().withFile(file);

        assertThat(rules.classify("https://lab.example.org/pub/2101.00001"))
                .isEqualTo(new UrlRules.Match(LinkKind.PAPER, "lab-papers", IdScheme.ARXIV, "2101.00001"));
        assertThat(rules.classify("https://github.com/my-forks/x").kind()).isEqualTo(LinkKind.NOT_PAPER);
        assertThat(rules.classify("https://github.com/other/x").kind()).isEqualTo(LinkKind.CODE);
        assertThat(rules.classify("https://arxiv.org/abs/1706.03762").id()).isEqualTo("1706.03762");
    }

    @Test
    void refusesAUserRuleWithoutPattern(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.tsv");
        Files.writeString(file, "broken\tpaper\n");

        assertThatThrownBy(() -> UrlRules.defaults().withFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name, kind, pattern");
    }

    @Test
    void refusesAUserRuleWithAnUnknownKind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.tsv");
        Files.writeString(file, "x\tpreprint\t^https://x/.*$\t-\n");

        assertThatThrownBy(() -> UrlRules.defaults().withFile(file)).isInstanceOf(IllegalArgumentException.class);
    }
}
