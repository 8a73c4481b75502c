package org.notegraph.extract.papers.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationsTest {
    private static final Citations CITATIONS = Citations.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            Okafor, M. A., & Lindqvist, T. (2016). Sparse coding of birdsong. Journal of Acoustic Ecology, 12(3), 44-59. | Okafor, M. A.; Lindqvist, T. | Sparse coding of birdsong | Journal of Acoustic Ecology | 2016
            Okafor, M., Lindqvist, T., ... & Pereira, A. (2020, March). Folding proteins with tiny models. In International conference on machine learning (pp. 101-110). PMLR. | Okafor, M.; Lindqvist, T.; Pereira, A. | Folding proteins with tiny models | International conference on machine learning | 2020
            Mensah, K. et al. (2018). "Measuring the drift of word senses". In: Proceedings of the IEEE conference on computer vision and pattern recognition (pp. 77-85). | Mensah, K. et al. | Measuring the drift of word senses | Proceedings of the IEEE conference on computer vision and pattern recognition | 2018
            K. Mensah, L. Marsh, and P. Quist, "Latent grammars for melody," in Proc. Int. Conf. Music Comput., 2019. | K. Mensah; L. Marsh; P. Quist | Latent grammars for melody | Proc. Int. Conf. Music Comput | 2019
            Marsh, Lena, and Paul Quist. "Counting sheep with transformers." Journal of Pastoral Computing, 2017. | Marsh, Lena; Paul Quist | Counting sheep with transformers | Journal of Pastoral Computing | 2017
            Lena Marsh and Paul Quist. 2019. Robust parsing of weather reports. In Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics. | Lena Marsh; Paul Quist | Robust parsing of weather reports | Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics | 2019
            [4] Quist et al. ["Robust parsing of weather reports."](https://example.org/paper) NAACL 2019. | Quist et al. | Robust parsing of weather reports | NAACL | 2019
            3. Ferrand, K., & Pereira, A. (2015). Bayesian sheep counting. arXiv preprint arXiv:1505.01234. | Ferrand, K.; Pereira, A. | Bayesian sheep counting | arXiv preprint | 2015
            Ferrand, K. (1981). The theory of orchards (Vol. 3). Boston: Greenleaf. | Ferrand, K. | The theory of orchards | - | 1981
            [^q]: Quist & Marsh. "Weather grammars, a review." Cloud Letters 15(2): e0212345 (2020). | Quist; Marsh | Weather grammars, a review | Cloud Letters | 2020
            Weather reports - Marsh, L. et al. (2018). “Reading the sky with recurrent nets”. | Marsh, L. et al. | Reading the sky with recurrent nets | - | 2018
            Osei, P. (2021). Cloud atlases at scale? In Proceedings of the AAAI Conference on Artificial Intelligence. | Osei, P. | Cloud atlases at scale? | Proceedings of the AAAI Conference on Artificial Intelligence | 2021
            Brandt, Jr, K. L., & Osei, P. (1977). Scheduling rain. SIAM Journal on Weather, 7(1), 1-17. | Brandt, Jr, K. L.; Osei, P. | Scheduling rain | SIAM Journal on Weather | 1977
            Ngata, R., & Osei, P. (2020). Reading clouds. arXiv:2004.01234 (2020). | Ngata, R.; Osei, P. | Reading clouds | - | 2020
            [NeurIPS 2020] - Dara Wibowo*, Saanvi Rao* and Kofi Mensah. Ensembles of sky models - [pdf](https://example.org/a.pdf) | Dara Wibowo; Saanvi Rao; Kofi Mensah | Ensembles of sky models | NeurIPS | 2020
            2021 - Dara Wibowo, Saanvi Rao. Counting clouds with few labels - [pdf](https://example.org/b.pdf) | Dara Wibowo; Saanvi Rao | Counting clouds with few labels | - | 2021
            """)
    void readsCitations(String text, String authors, String title, String venue, Integer year) {
        Citation c = CITATIONS.parse(text).orElseThrow();
        assertThat(c.authors()).containsExactly(authors.split("; "));
        assertThat(c.title()).isEqualTo(title);
        assertThat(c.venue()).isEqualTo(venue);
        assertThat(c.year()).isEqualTo(year);
    }

    @Test
    void givesTheTitleSpanInTheTextAsWritten() {
        String text = "[2] Quist et al. [\"Robust **parsing** of weather reports.\"](https://example.org/p) NAACL 2019.";
        Citation c = CITATIONS.parse(text).orElseThrow();
        assertThat(c.title()).isEqualTo("Robust parsing of weather reports");
        assertThat(text.substring(c.titleStart(), c.titleEnd())).isEqualTo("Robust **parsing** of weather reports");
    }

    @Test
    void readsIdentifiers() {
        Citation arxiv = CITATIONS.parse("Ngata, R. (2019). Sky maps. arXiv preprint arXiv:1903.01234v2.").orElseThrow();
        assertThat(arxiv.arxiv()).isEqualTo("1903.01234");
        Citation doi = CITATIONS.parse("Ngata, R. (2019). Sky maps. Cloud Letters, 3(1), 1-9. https://doi.org/10.1234/cl.2019.7.").orElseThrow();
        assertThat(doi.doi()).isEqualTo("10.1234/cl.2019.7");
        assertThat(doi.url()).isEqualTo("https://doi.org/10.1234/cl.2019.7");
        assertThat(doi.venue()).isEqualTo("Cloud Letters");
        Citation plain = CITATIONS.parse("Ngata, R. (2019). \"Sky maps\". doi:10.5555/sky.1").orElseThrow();
        assertThat(plain.doi()).isEqualTo("10.5555/sky.1");
    }

    @Test
    void readsATitleFirstCitationOnlyWithAKnownVenueAndYear() {
        Citation c = CITATIONS.parse("\"Robust parsing of weather reports.\" NAACL 2019.").orElseThrow();
        assertThat(c.authors()).isEmpty();
        assertThat(c.venue()).isEqualTo("NAACL");
        assertThat(CITATIONS.parse("Robust parsing of weather reports. Some Workshop.")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "Our project repository. https://github.com/someone/something",
            "The `tinylib` Python package. https://github.com/someone/tinylib",
            "Sheep counting. https://en.wikipedia.org/wiki/Sheep_counting",
            "We trained the model for three days. Results were good in 2019.",
            "Quist et al. (2020) counted sheep with transformers and found it hard.",
            "[ICLR 2021] Counting Clouds [[paper]](https://example.org/p) a nice comment",
            "Counting Clouds: A Survey of Sky Models",
            "Transformers. Attention to clouds is all we need.",
            "Cloud Labeling: PoS (basic), CCG (fine), ..",
            "Dara Wibowo, Saanvi Rao, Kofi Mensah. *ICML 2021*",
            "",
    })
    void readsNoCitationFromOtherText(String text) {
        assertThat(CITATIONS.parse(text)).as(text).isEmpty();
    }
}
