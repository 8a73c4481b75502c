package org.notegraph.extract.papers.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {
    private static final PersonNames NAMES = PersonNames.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mirela Okafor                                   | Mirela Okafor
            Mirela Okafor, Tobiah Lindqvist and Ana Pereira | Mirela Okafor; Tobiah Lindqvist; Ana Pereira
            M. Okafor & T. Lindqvist                        | M. Okafor; T. Lindqvist
            M Okafor; T Lindqvist                           | M Okafor; T Lindqvist
            Okafor, M., & Lindqvist, T. J.                  | Okafor, M.; Lindqvist, T. J.
            Okafor, M., Lindqvist, T., ... & Pereira, A.    | Okafor, M.; Lindqvist, T.; Pereira, A.
            Okafor M, Lindqvist TJ                          | Okafor M; Lindqvist TJ
            Brandt, Jr, K. L., & Okafor, M.                 | Brandt, Jr, K. L.; Okafor, M.
            Piet van den Broek and Luisa da Costa           | Piet van den Broek; Luisa da Costa
            Jean-Luc Moreau / Ève Duplessis-Roy             | Jean-Luc Moreau; Ève Duplessis-Roy
            Ondřej Dvořák, Zoë Ångström                     | Ondřej Dvořák; Zoë Ångström
            Hélène d'Aubigné, Seán O'Rourke                 | Hélène d'Aubigné; Seán O'Rourke
            Okafor, M. et al.                               | Okafor, M. et al.
            Okafor et al.                                   | Okafor et al.
            Okafor et al                                    | Okafor et al
            Okafor, M.et al.                                | Okafor, M. et al.
            Wibowo*, Saanvi Rao*, Kofi Mensah†              | Wibowo, Saanvi Rao; Kofi Mensah
            Dara Wibowo*, Saanvi Rao*, Kofi Mensah†         | Dara Wibowo; Saanvi Rao; Kofi Mensah
            Okafor, Mirela, and Tobiah Lindqvist            | Okafor, Mirela; Tobiah Lindqvist
            Castro Vidal, R., & Hsu, P.                     | Castro Vidal, R.; Hsu, P.
            Kilian R. Osterberg                             | Kilian R. Osterberg
            Q Amadi                                         | Q Amadi
            Weiling You                                     | Weiling You
            Weiling He, Marco Rossi.                        | Weiling He; Marco Rossi
            李明华, 王小红                                   | 李明华; 王小红
            김서연                                           | 김서연
            Ngata, Ł.                                       | Ngata, Ł.
            """)
    void readsWholeNameLists(String text, String expected) {
        var names = NAMES.whole(text).map(NameList::names);
        if (expected.equals("-")) assertThat(names).as(text).isEmpty();
        else assertThat(names).as(text).contains(List.of(expected.split("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Deep Learning", "Attention Is All You Need", "Code and Data", "Our GitHub repository",
            "Graph Neural Networks", "Ladder Side-Tuning", "A Closer Look", "Introduction & Overview", "Vision Model Compression",
            "Tips and Tricks", "Okafor", "Okafor and Lindqvist", "CNN", "Learning to Rank, Fast", "see https://example.org/people",
            "Okafor, 2019", "the authors", "Sparse Pruning / Data Loader", "You", "Mirela Okafor, et al., Tobiah Lindqvist"})
    void rejectsPhrasesThatAreNoNameList(String text) {
        assertThat(NAMES.whole(text)).as(text).isEmpty();
    }

    @Test
    void acceptsBareSurnamesOnlyWhenTheCallerAllowsThem() {
        assertThat(NAMES.whole("Okafor and Lindqvist")).isEmpty();
        NameList names = NAMES.whole("Okafor and Lindqvist", true).orElseThrow();
        assertThat(names.names()).containsExactly("Okafor", "Lindqvist");
        assertThat(names.surnamesOnly()).isTrue();
        assertThat(NAMES.whole("Okafor", true).map(NameList::names)).contains(List.of("Okafor"));
        assertThat(NAMES.whole("Deep Learning", true)).isEmpty();
    }

    @Test
    void marksEtAlOnTheLastName() {
        NameList names = NAMES.whole("Ngata, R. et al.").orElseThrow();
        assertThat(names.etAl()).isTrue();
        assertThat(NAMES.whole("Ngata, R.").orElseThrow().etAl()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor, M., & Lindqvist, T. (2018). Counting clouds. Sky Journal. | Okafor, M.; Lindqvist, T. | 27
            Mirela Okafor and Tobiah Lindqvist. 2020. Counting clouds.        | Mirela Okafor; Tobiah Lindqvist | 34
            M. Okafor, T. Lindqvist, and A. Pereira, "Counting clouds," in Proc. | M. Okafor; T. Lindqvist; A. Pereira | 39
            Mirela Okafor, Kofi Mensah. Cloud Counting: A Survey - [pdf]       | Mirela Okafor; Kofi Mensah | 26
            Okafor et al. (2021) Counting clouds                               | Okafor et al. | 13
            Okafor, M. - Counting clouds                                       | Okafor, M. | 10
            """)
    void readsTheLeadingNameListUpToItsTerminator(String text, String expected, int end) {
        NameList names = NAMES.leading(text).orElseThrow();
        assertThat(names.names()).containsExactly(expected.split("; "));
        assertThat(names.start()).isZero();
        assertThat(names.end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Counting Clouds: A Survey", "Counting Clouds - A Survey", "The cloud library. https://example.org", "Sparse Pruning. Fast Inference.",
            "Okafor: Counting clouds"})
    void findsNoLeadingNamesBeforeATitleAlone(String text) {
        assertThat(NAMES.leading(text)).as(text).isEmpty();
    }

    @Test
    void readsASurnameBeforeAColonWhenTheCallerAllowsIt() {
        NameList names = NAMES.leading("Okafor: Counting clouds", true).orElseThrow();
        assertThat(names.names()).containsExactly("Okafor");
        assertThat(names.end()).isEqualTo(6);
    }
}
