package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.notegraph.extract.papers.IdScheme;

class IdentifiersTest {
    @ParameterizedTest
    @CsvSource({
            "1706.03762, 1706.03762",
            "1706.03762v5, 1706.03762",
            "1706.03762V5, 1706.03762",
            "arXiv:1706.03762, 1706.03762",
            "ARXIV:1706.03762v2, 1706.03762",
            "1412.6980.pdf, 1412.6980",
            "1412.6980v9.pdf, 1412.6980",
            "2010.11929, 2010.11929",
            "' 1810.05270 ', 1810.05270",
            "hep-th/9901001v2, hep-th/9901001",
            "physics/0004057, physics/0004057",
            "math.GT/0309136, math.GT/0309136",
            "MATH.gt/0309136v1, math.GT/0309136",
    })
    void normalisesArxivIds(String raw, String expected) {
        assertThat(Identifiers.normalise(IdScheme.ARXIV, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1706", "17060.3762", "1706.376", "cs.LG", "not an id", "1706.03762x"})
    void refusesMalformedArxivIds(String raw) {
        assertThat(Identifiers.normalise(IdScheme.ARXIV, raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "10.1038/nature14539, 10.1038/nature14539",
            "10.1109/CVPR.2016.90, 10.1109/cvpr.2016.90",
            "doi:10.1109/CVPR.2016.90, 10.1109/cvpr.2016.90",
            "DOI:10.1109/CVPR.2016.90, 10.1109/cvpr.2016.90",
            "https://doi.org/10.1038/nature14539, 10.1038/nature14539",
            "http://dx.doi.org/10.1038/nature14539, 10.1038/nature14539",
            "10.1023/B:MACH.0000008084.60811.49, 10.1023/b:mach.0000008084.60811.49",
            "10.1038/nature14539., 10.1038/nature14539",
            "'10.1038/nature14539),', 10.1038/nature14539",
            "10.1002%2Fanie.201915678, 10.1002/anie.201915678",
            "10.1000/a+b, 10.1000/a+b",
    })
    void normalisesDois(String raw, String expected) {
        assertThat(Identifiers.normalise(IdScheme.DOI, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1/x", "11.1038/nature14539", "nature14539", "10.1038/"})
    void refusesMalformedDois(String raw) {
        assertThat(Identifiers.normalise(IdScheme.DOI, raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"B1g5sA4twr", "Sy8gdB9xx", "r1xMH1BtvB", "HJlA0C4tPS", "rJzIBfZAb", "Hy-7Ao_1x"})
    void keepsOpenReviewIdsAsWritten(String raw) {
        assertThat(Identifiers.normalise(IdScheme.OPENREVIEW, raw)).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1491", "12345678", "abcd", "has space", "a/b/c/d/e"})
    void refusesNumericShortOrMalformedOpenReviewIds(String raw) {
        assertThat(Identifiers.normalise(IdScheme.OPENREVIEW, raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "N19-1423, N19-1423",
            "n19-1423, N19-1423",
            "P11-1015.pdf, P11-1015",
            "2020.acl-main.463, 2020.acl-main.463",
            "2020.ACL-Main.463.pdf, 2020.acl-main.463",
    })
    void normalisesAclAnthologyIds(String raw, String expected) {
        assertThat(Identifiers.normalise(IdScheme.ACL, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N19", "N19-14", "2020.acl-main", "acl"})
    void refusesMalformedAclIds(String raw) {
        assertThat(Identifiers.normalise(IdScheme.ACL, raw)).isNull();
    }

    @Test
    void refusesNullAndUnknownSchemes() {
        assertThat(Identifiers.normalise(IdScheme.ARXIV, null)).isNull();
        assertThat(IdScheme.named("isbn")).isEmpty();
    }
}
