package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperIdsTest {
    @Test
    void startsEmpty() {
        assertThat(PaperIds.NONE.isEmpty()).isTrue();
        assertThat(PaperIds.NONE.keys()).isEmpty();
    }

    @Test
    void addsOneIdentifierPerScheme() {
        PaperIds ids = PaperIds.NONE.with(IdScheme.ARXIV, "1706.03762").with(IdScheme.ACL, "N19-1423");

        assertThat(ids).isEqualTo(new PaperIds(null, "1706.03762", null, "N19-1423"));
        assertThat(ids.isEmpty()).isFalse();
    }

    @Test
    void keepsTheFirstIdentifierOfAScheme() {
        PaperIds ids = PaperIds.NONE.with(IdScheme.ARXIV, "1706.03762").with(IdScheme.ARXIV, "1412.6980");

        assertThat(ids.arxiv()).isEqualTo("1706.03762");
    }

    @Test
    void ignoresNullAndUnknownSchemes() {
        assertThat(PaperIds.NONE.with(null, "x").with(IdScheme.ARXIV, null)).isEqualTo(PaperIds.NONE);
        assertThat(IdScheme.named("isbn")).isEmpty();
    }

    @Test
    void mergesWithoutOverwriting() {
        PaperIds a = PaperIds.NONE.with(IdScheme.DOI, "10.1073/pnas.1903070116");
        PaperIds b = PaperIds.NONE.with(IdScheme.DOI, "10.1/other").with(IdScheme.ARXIV, "1812.11118");

        assertThat(a.merge(b)).isEqualTo(new PaperIds(null, "1812.11118", "10.1073/pnas.1903070116", null));
    }

    @Test
    void listsKeysInOrderOfPreferenceInLowerCase() {
        PaperIds ids = new PaperIds("B1g5sA4twr", "1912.02292", "10.1109/CVPR.2016.90", "N19-1423");

        assertThat(ids.keys()).containsExactly("doi:10.1109/cvpr.2016.90", "arxiv:1912.02292",
                "openreview:b1g5sa4twr", "acl:n19-1423");
    }

    @Test
    void sharesAnIdentifierRegardlessOfCase() {
        PaperIds a = PaperIds.NONE.with(IdScheme.DOI, "10.1109/CVPR.2016.90");
        PaperIds b = PaperIds.NONE.with(IdScheme.ARXIV, "1512.03385").with(IdScheme.DOI, "10.1109/cvpr.2016.90");

        assertThat(a.sharesAny(b)).isTrue();
        assertThat(a.sharesAny(PaperIds.NONE.with(IdScheme.ARXIV, "1512.03385"))).isFalse();
        assertThat(PaperIds.NONE.sharesAny(PaperIds.NONE)).isFalse();
    }

    @Test
    void arxivAndAclIdentifiersDateTheirPaper() {
        assertThat(new PaperIds(null, "1706.03762", null, null).datedYear()).hasValue(2017);
        assertThat(new PaperIds(null, null, null, "P19-1126").datedYear()).hasValue(2019);
        assertThat(new PaperIds(null, null, null, "2021.acl-long.99").datedYear()).hasValue(2021);
        assertThat(new PaperIds(null, "physics/0004057", null, null).datedYear()).isEmpty();
        assertThat(new PaperIds("B1g5sA4twr", null, "10.1/x", null).datedYear()).isEmpty();
    }
}
