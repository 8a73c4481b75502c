package org.notegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TexTextTest {
    @Test
    void charactersTexReadsAsCommandsAreEscaped() {
        assertThat(TexText.escape("a & b % c $ d # e _ f { g } h")).isEqualTo("a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h");
        assertThat(TexText.escape("x~y^z\\w")).isEqualTo("x\\textasciitilde{}y\\textasciicircum{}z\\textbackslash{}w");
    }

    @Test
    void accentedLettersBecomeTexAccents() {
        assertThat(TexText.escape("Görnitz")).isEqualTo("G{\\\"o}rnitz");
        assertThat(TexText.escape("Núñez")).isEqualTo("N{\\'u}{\\~n}ez");
        assertThat(TexText.escape("Čech Ça")).isEqualTo("{\\v{C}}ech {\\c{C}}a");
        assertThat(TexText.escape("Sørensen Straße Łódź")).isEqualTo("S{\\o}rensen Stra{\\ss}e {\\L}{\\'o}d{\\'z}");
        assertThat(TexText.escape("1–2")).isEqualTo("1--2");
        assertThat(TexText.escape("注意力")).as("no TeX form: kept").isEqualTo("注意力");
    }

    @Test
    void titleWordsWithInnerCapitalsKeepTheirCase() {
        assertThat(TexText.title("BERT and ImageNet for GPT-3 on Few-Shot Tasks"))
                .isEqualTo("{BERT} and {ImageNet} for {GPT-3} on Few-Shot Tasks");
        assertThat(TexText.title("Deep  Learning")).isEqualTo("Deep Learning");
    }
}
