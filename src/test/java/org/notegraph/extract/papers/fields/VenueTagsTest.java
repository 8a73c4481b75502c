package org.notegraph.extract.papers.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VenueTagsTest {
    private static final VenueTags VENUES = VenueTags.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            [ICLR 2019]                 | ICLR                 | ICLR    | 2019
            [CVPR 2023 Highlight]       | CVPR                 | CVPR    | 2023
            [ECCV 2020 Oral]            | ECCV                 | ECCV    | 2020
            [ICML 2019 Workshop]        | ICML Workshop        | ICML    | 2019
            (AAAI 2018)                 | AAAI                 | AAAI    | 2018
            （NAACL2021）                | NAACL                | NAACL   | 2021
            EMNLP'18                    | EMNLP                | EMNLP   | 2018
            CVPR'98                     | CVPR                 | CVPR    | 1998
            TPAMI'22                    | TPAMI                | TPAMI   | 2022
            **NeurIPS 2016**            | NeurIPS              | NeurIPS | 2016
            *ACL 2017*                  | ACL                  | ACL     | 2017
            (2016, arXiv)               | arXiv                | arXiv   | 2016
            (NeurIPS 2019 RL workshop)  | NeurIPS RL workshop  | NeurIPS | 2019
            【2014】                     | -                    | -       | 2014
            2019, ICML 2020             | ICML                 | ICML    | 2020
            Preprint                    | Preprint             | Preprint | -
            preprint 2021               | preprint             | Preprint | 2021
            arXiv                       | arXiv                | arXiv   | -
            [arXiv 2020]                | arXiv                | arXiv   | 2020
            ICWSM 2016                  | ICWSM                | ICWSM   | 2016
            (GECCO 2019)                | GECCO                | -       | 2019
            """)
    void readsWholeTags(String text, String label, String series, Integer year) {
        VenueTag tag = VENUES.whole(text).orElseThrow();
        assertThat(tag.label()).isEqualTo(label);
        assertThat(tag.series()).isEqualTo(series);
        assertThat(tag.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[survey]", "[Benchmark]", "[workshop]", "[code]", "[pdf]", "[Toolkit]", "[ACME Labs]",
            "[Internal memo]", "(see Table 3)", "Deep Learning 2018", "Oral", "[Survey & Benchmark]",
            "(sky_notes/ICLR2019_Clouds/)", "[A Sparse View of Clouds (ICML2019)]", "(e.g. in 2019)"})
    void rejectsTagsThatNameNoVenue(String text) {
        assertThat(VENUES.whole(text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Advances in Neural Information Processing Systems, 33.                          | Advances in Neural Information Processing Systems | NeurIPS | -
            In Proceedings of the IEEE International Conference on Computer Vision (pp. 10-18). | Proceedings of the IEEE International Conference on Computer Vision | ICCV | -
            In: IEEE/CVF Conference on Computer Vision and Pattern Recognition (pp. 5-9)      | IEEE/CVF Conference on Computer Vision and Pattern Recognition | CVPR | -
            International Conference on Learning Representations                             | International Conference on Learning Representations | ICLR | -
            Journal of Cloud Science, 12(4), 301-322.                                         | Journal of Cloud Science | - | -
            Weather Letters 8(2): e1000123 (2019).                                            | Weather Letters | - | 2019
            arXiv preprint arXiv:1907.01234.                                                  | arXiv preprint | arXiv | -
            In International conference on machine learning (pp. 11-20). PMLR.                | International conference on machine learning | ICML | -
            In Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics, pages 40–52, Dublin. | Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics | ACL | -
            Workshop on Sky Observation 2017.                                                 | Workshop on Sky Observation | - | 2017
            in Proc. Int. Conf. Cloud Comput., 2015                                           | Proc. Int. Conf. Cloud Comput | - | 2015
            In: Cloud Vision–ECCV 2018: 15th European Conference, Munich, Germany, September 8-14, 2018 (pp. 1-9) | Cloud Vision–ECCV: 15th European Conference | ECCV | 2018
            """)
    void readsStatedVenuesWithoutVolumePagesOrPlace(String text, String label, String series, Integer year) {
        VenueTag tag = VENUES.stated(text).orElseThrow();
        assertThat(tag.label()).isEqualTo(label);
        assertThat(tag.series()).isEqualTo(series);
        assertThat(tag.year()).isEqualTo(year);
    }

    @Test
    void readsAPublisherOrAnIdentifierAsNoVenue() {
        assertThat(VENUES.stated("Boston: Greenleaf, 212.")).isEmpty();
        VenueTag idOnly = VENUES.stated("arXiv:2003.01234 (2020)").orElseThrow();
        assertThat(idOnly.hasVenue()).isFalse();
        assertThat(idOnly.year()).isEqualTo(2020);
    }

    @Test
    void findsTagsWithTheirSpansInFreeText() {
        String text = "- [ICLR 2021] Counting Clouds [[paper]](https://x.org) and (KDD 2019) too";
        List<VenueTag> tags = VENUES.find(text);
        assertThat(tags).extracting(VenueTag::label).containsExactly("ICLR", "KDD");
        assertThat(text.substring(tags.get(0).start(), tags.get(0).end())).isEqualTo("[ICLR 2021]");
        assertThat(text.substring(tags.get(1).start(), tags.get(1).end())).isEqualTo("(KDD 2019)");
    }

    @Test
    void findsGluedAndApostropheForms() {
        assertThat(VENUES.find("EMNLP2018_Skyformer")).singleElement()
                .satisfies(t -> assertThat(List.of(t.label(), t.year(), t.start(), t.end())).containsExactly("EMNLP", 2018, 0, 9));
        assertThat(VENUES.find("notes from CVPR2021 and AAAI'20")).extracting(VenueTag::series, VenueTag::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CVPR", 2021), org.assertj.core.groups.Tuple.tuple("AAAI", 2020));
        assertThat(VENUES.find("see sky_notes/EMNLP2018_Skyformer/")).isEmpty();
    }

    @Test
    void findsLongFormsAndArxivPreprintsInCitations() {
        List<VenueTag> tags = VENUES.find("Okafor (2019). Clouds. arXiv preprint arXiv:1901.00001. Also Advances in Neural Information Processing Systems.");
        assertThat(tags).extracting(VenueTag::label)
                .containsExactly(null, "arXiv preprint", "Advances in Neural Information Processing Systems");
        assertThat(tags.get(2).series()).isEqualTo("NeurIPS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019        | 2019
            (2019)      | 2019
            【2016】     | 2016
            2021, July  | 2021
            '49         | 2049
            '50         | 1950
            2020-05-23  | 2020
            March 2018  | 2018
            06/04/2015  | 2015
            2019b       | 2019
            """)
    void readsYears(String text, int year) {
        assertThat(VenueTags.year(text)).isEqualTo(OptionalInt.of(year));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"ICLR'19", "2048 tokens", "12", "", "in 2019 we"})
    void readsNoYearFromOtherText(String text) {
        assertThat(VenueTags.year(text)).isEmpty();
    }

    @Test
    void mapsLabelsToSeries() {
        assertThat(VENUES.series("Proceedings of the AAAI Conference on Artificial Intelligence")).contains("AAAI");
        assertThat(VENUES.series("Nature Communications")).isEmpty();
        assertThat(VENUES.series("Computer Science Review")).isEmpty();
        assertThat(VENUES.series("Journal of Cloud Science")).isEmpty();
    }
}
