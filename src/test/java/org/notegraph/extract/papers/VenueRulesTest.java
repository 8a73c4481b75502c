package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VenueRulesTest {
    private static final VenueRules RULES = VenueRules.defaults();

    @Test
    void parsesAStatedWorkshopVenue() {
        assertThat(RULES.parseStated("ICML 2019 Workshop")).contains(new Venue("ICML 2019 Workshop", "ICML", 2019));
    }

    @Test
    void parsesAStatedVenueOfAnUnknownSeriesKeepingItsYear() {
        assertThat(RULES.parseStated("IEEE ITW 2015")).contains(new Venue("IEEE ITW 2015", null, 2015));
    }

    @Test
    void parsesAStatedConferenceVenue() {
        assertThat(RULES.parseStated("NeurIPS 2019")).contains(new Venue("NeurIPS 2019", "NeurIPS", 2019));
    }

    @ParameterizedTest
    @CsvSource({
            "*ICLR 2020*, ICLR 2020, ICLR, 2020",
            "'  ICLR 2019. ', ICLR 2019, ICLR, 2019",
            "NIPS 2017, NIPS 2017, NeurIPS, 2017",
            "PNAS 2019, PNAS 2019, , 2019",
            "ICLR, ICLR, ICLR, ",
            "Proceedings of ACL 2020, Proceedings of ACL 2020, ACL, 2020",
            "CVPR'16, CVPR'16, CVPR, ",
    })
    void parsesStatedVenuesAsWritten(String text, String label, String series, Integer year) {
        assertThat(RULES.parseStated(text)).contains(new Venue(label, series, year));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "**", "Deep learning", "to appear", "under review"})
    void parsesNoVenueFromOtherText(String text) {
        assertThat(RULES.parseStated(text)).as(text).isEmpty();
    }

    @Test
    void parsesNoVenueFromAnOverlongText() {
        assertThat(RULES.parseStated("ICLR 2020 " + "x".repeat(100))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "iclr2020-notes, ICLR, 2020",
            "Summary of Talks and Posters from ICLR 2020, ICLR, 2020",
            "personal notes from ICLR2020, ICLR, 2020",
            "iclr_2021, ICLR, 2021",
            "NeurIPS'19 highlights, NeurIPS, 2019",
            "talks/neurips-2019.md, NeurIPS, 2019",
            "ACL 2020 reading list, ACL, 2020",
    })
    void findsTheContextVenueOfANote(String text, String series, int year) {
        assertThat(RULES.contextVenue(text)).contains(new Venue(series + " " + year, series, year));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ICLR notes", "Reading notes, week 12", "nasty 2020 notes", "unicorns 2020", "2020"})
    void findsNoContextVenueWithoutASeriesAndYear(String text) {
        assertThat(RULES.contextVenue(text)).as(text).isEmpty();
    }

    @Test
    void findsNoContextVenueInNull() {
        assertThat(RULES.contextVenue(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://openreview.net/forum?id=B1g5sA4twr", "https://iclr.cc/virtual/poster_r1xMH1BtvB.html",
            "https://www.openreview.net/pdf?id=x", "https://api.openreview.net/pdf?id=x", " https://openreview.net/x "})
    void servesIclrPapersFromOpenReviewAndIclrHosts(String url) {
        assertThat(RULES.hostServes(new Venue("ICLR 2020", "ICLR", 2020), url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/1706.03762", "https://neurips.cc/virtual/2020/poster/1",
            "https://notopenreview.net/x", "not a url", "ht tp://bad url"})
    void doesNotServeIclrPapersFromOtherHosts(String url) {
        assertThat(RULES.hostServes(new Venue("ICLR 2020", "ICLR", 2020), url)).as(url).isFalse();
    }

    @Test
    void servesNeuripsPapersFromItsProceedings() {
        assertThat(RULES.hostServes(new Venue("NeurIPS 2019", "NeurIPS", 2019), "https://proceedings.neurips.cc/paper/2019/x")).isTrue();
    }

    @Test
    void servesNothingForAVenueWithoutSeriesOrAMissingUrl() {
        assertThat(RULES.hostServes(new Venue("PNAS 2019", null, 2019), "https://www.pnas.org/doi/10.1073/x")).isFalse();
        assertThat(RULES.hostServes(new Venue("ICLR 2020", "ICLR", 2020), null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "ICLR, 2020, ICLR 2020",
            "ICLR 2019, 2019, ICLR 2019",
            "NeurIPS'19, 2019, NeurIPS'19",
            "ICML, , ICML",
    })
    void aVenueWithAYearWrittenApartIsThatYearsEdition(String label, Integer year, String edition) {
        assertThat(new Venue(label, null, year).edition()).isEqualTo(edition);
    }
}
