package org.notegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationKeysTest {
    static BibPaper paper(String iri, String title, Integer year, String... authors) {
        return new BibPaper(iri, title, List.of(authors), null, null, year, null, null, null, null, null);
    }

    @Test
    void keyIsFirstAuthorYearAndFirstTitleWordFoldedToAscii() {
        assertThat(CitationKeys.base(paper("p", "The Quiet Café", 2021, "Zoë Ångström", "B. Two"))).isEqualTo("angstrom2021quiet");
        assertThat(CitationKeys.base(paper("p", "On Łódź: a study", 2019, "Jean-Loup van der Berg"))).isEqualTo("vanderberg2019lodz");
        assertThat(CitationKeys.base(paper("p", "Deep Learning", 2015, "LeCun, Yann"))).isEqualTo("lecun2015deep");
        assertThat(CitationKeys.base(paper("p", "注意力 Transformers", null, "王小明"))).as("nothing ASCII in the name").isEqualTo("transformers");
        assertThat(CitationKeys.base(paper("p", "ELECTRA", 2020))).as("no author").isEqualTo("electra2020");
        assertThat(CitationKeys.base(paper("p", null, 2020))).isEqualTo("paper2020");
        assertThat(CitationKeys.base(new BibPaper("p", null, List.of(), null, null, null, "1906.02694", null, null, null, null)))
                .isEqualTo("arxiv190602694");
    }

    @Test
    void papersSharingAKeyAreLetteredInIriOrder() {
        Map<String, String> keys = CitationKeys.assign(List.of(
                paper("b", "Sparse Codes", 2022, "Mia Chen"), paper("a", "Sparse Routing", 2022, "Mia Chen"),
                paper("c", "Other", 2022, "Mia Chen")));
        assertThat(keys).containsEntry("a", "chen2022sparsea").containsEntry("b", "chen2022sparseb").containsEntry("c", "chen2022other");
        assertThat(CitationKeys.letters(0)).isEqualTo("a");
        assertThat(CitationKeys.letters(25)).isEqualTo("z");
        assertThat(CitationKeys.letters(26)).isEqualTo("aa");
    }

    @Test
    void namesSplitIntoGivenFamilyAndSuffix() {
        assertThat(PersonName.parse("Robert A. Vandermeulen")).isEqualTo(new PersonName("Robert A.", "Vandermeulen", null));
        assertThat(PersonName.parse("Jean-Loup van der Berg")).isEqualTo(new PersonName("Jean-Loup", "van der Berg", null));
        assertThat(PersonName.parse("Ada Brown Jr.")).isEqualTo(new PersonName("Ada", "Brown", "Jr."));
        assertThat(PersonName.parse("LeCun, Yann")).isEqualTo(new PersonName("Yann", "LeCun", null));
        assertThat(PersonName.parse("King, Jr., Martin")).isEqualTo(new PersonName("Martin", "King", "Jr."));
        assertThat(PersonName.parse("王小明")).isEqualTo(new PersonName(null, "王小明", null));
    }
}
