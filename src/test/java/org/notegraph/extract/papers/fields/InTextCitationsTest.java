package org.notegraph.extract.papers.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InTextCitationsTest {
    private static final InTextCitations CITATIONS = InTextCitations.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Osei et al. (2020)          | Osei et al.         | 2020 | -
            Osei et al. 2020            | Osei et al.         | 2020 | -
            Osei et al., 2020           | Osei et al.         | 2020 | -
            (Osei et al., 2020)         | Osei et al.         | 2020 | -
            Osei and Ngata (2019)       | Osei; Ngata         | 2019 | -
            Osei & Ngata 2019           | Osei; Ngata         | 2019 | -
            [Brandt et al., ICML 2022]  | Brandt et al.       | 2022 | ICML
            Osei et al                  | Osei et al          | -    | -
            van der Linde et al. (2018) | van der Linde et al. | 2018 | -
            Osei, 2017                  | Osei                | 2017 | -
            """)
    void readsLinkTextCitations(String text, String authors, Integer year, String venue) {
        InTextCitation c = CITATIONS.whole(text).orElseThrow();
        assertThat(c.authors()).containsExactly(authors.split("; "));
        assertThat(c.year()).isEqualTo(year);
        assertThat(c.venue()).isEqualTo(venue);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tips and Tricks", "Skyformer (2020)", "Osei and Ngata", "Counting Clouds", "ICLR 2020",
            "Osei (2020)", "the sky in 2020"})
    void rejectsTextThatIsNoAuthorCitation(String text) {
        assertThat(CITATIONS.whole(text)).as(text).isEmpty();
    }

    @Test
    void findsCitationsInProseWithSpans() {
        String text = "As Osei et al. (2020) showed, clouds move (Ngata, 2019; Brandt et al., 2021).";
        List<InTextCitation> found = CITATIONS.find(text);
        assertThat(found).extracting(InTextCitation::authors)
                .containsExactly(List.of("Osei et al."), List.of("Ngata"), List.of("Brandt et al."));
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("Osei et al. (2020)");
        assertThat(text.substring(found.get(2).start(), found.get(2).end())).isEqualTo("Brandt et al., 2021");
    }

    @Test
    void leavesSentenceWordsOutOfTheNames() {
        assertThat(CITATIONS.find("However Osei et al. argue otherwise")).singleElement()
                .satisfies(c -> assertThat(c.authors()).containsExactly("Osei et al."));
    }
}
