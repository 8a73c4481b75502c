package org.notegraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenNLP's English models load from the class path and tag our sentences. */
class EnglishNlpTest {
    private final EnglishNlp nlp = new EnglishNlp();

    @Test
    void tokensCarryTheirOffsetsAndTags() {
        String s = "Small kernels improve the accuracy.";
        List<EnglishNlp.Token> tokens = nlp.tag(s);
        assertThat(tokens).extracting(EnglishNlp.Token::text).containsExactly("Small", "kernels", "improve", "the", "accuracy", ".");
        for (EnglishNlp.Token t : tokens) assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
        assertThat(tokens.get(1).isNoun()).isTrue();
        assertThat(tokens.get(2).isVerb()).isTrue();
        assertThat(tokens.get(0).isAdjective()).isTrue();
    }

    @Test
    void sentencesAreFound() {
        assertThat(nlp.sentences("The model is small. It runs on a phone.")).hasSize(2);
    }
}
