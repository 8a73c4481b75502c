package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleRulesTest {
    @ParameterizedTest
    @CsvSource({
            "'Deep Double Descent: Where Bigger Models and More Data Hurt. ', Deep Double Descent: Where Bigger Models and More Data Hurt",
            "'*Deep learning*', Deep learning",
            "'**Bold Title**.', Bold Title",
            "'Title with `code`', Title with code",
            "'A [linked](https://x) word', A linked word",
            "'Two\n  lines', Two lines",
            "'Are All Layers Created Equal?', Are All Layers Created Equal?",
            "'Wait...', Wait...",
            "'snake_case_name stays', snake_case_name stays",
    })
    void cleansMarkupAndOneTrailingPeriod(String text, String expected) {
        assertThat(TitleRules.clean(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Deep Double Descent: Where Bigger Models and More Data Hurt", "ResNet",
            "NAS-Bench-201: Extending the Scope of Reproducible Neural Architecture Search", "3D Shape Priors",
            "Fast is better than free: Revisiting adversarial training", "Comparison vs. Baselines in Practice"})
    void acceptsTitleLikeText(String text) {
        assertThat(TitleRules.looksLikeTitle(text, 1)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lower case start", "The paper that started the transformer era. It is great",
            "We read the paper by", "Worth watching the", "Code:", "See also,"})
    void refusesSentencesAndDanglingLeads(String text) {
        assertThat(TitleRules.looksLikeTitle(text, 1)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Deep SVDD, 4, false", "Deep One-Class Classification Networks, 4, true", "Deep One-Class Classification, 3, true"})
    void requiresAMinimumNumberOfWords(String text, int minWords, boolean expected) {
        assertThat(TitleRules.looksLikeTitle(text, minWords)).isEqualTo(expected);
    }
}
