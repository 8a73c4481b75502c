package org.notegraph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One pass finds every literal a text contains: overlapping, nested, folded and beyond ASCII. */
class LiteralAutomatonTest {
    private static List<String> found(List<String> literals, String text) {
        boolean[] seen = new boolean[literals.size()];
        new LiteralAutomaton(literals).scan(text, seen);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) if (seen[i]) out.add(literals.get(i));
        return out;
    }

    @Test
    void overlappingAndNestedLiteralsAreAllFound() {
        assertThat(found(List.of("he", "she", "his", "hers"), "ushers")).containsExactly("he", "she", "hers");
    }

    @Test
    void upperCaseAsciiTextMatchesFoldedLiterals() {
        assertThat(found(List.of("based on", "via"), "Based On the VIA route")).containsExactly("based on", "via");
    }

    @Test
    void charactersBeyondAsciiMatchAsWritten() {
        assertThat(found(List.of("“", "naïve", "n't"), "a naïve “trick”")).containsExactly("“", "naïve");
        assertThat(found(List.of("naïve"), "NAÏVE")).isEmpty();
        assertThat(found(List.of("ïa", "aï"), "aïa")).containsExactly("ïa", "aï");
    }

    @Test
    void literalsMissingFromTheTextAreNotReported() {
        assertThat(found(List.of("outperform", "beats"), "it performs out of the box")).isEmpty();
    }

    @Test
    void agreesWithIndexOfOnRandomTexts() {
        Random random = new Random(7);
        String alphabet = "abAB é’-";
        for (int round = 0; round < 300; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 6; i++) literals.add(randomText(random, alphabet, 1 + random.nextInt(3)).toLowerCase(java.util.Locale.ROOT));
            literals = literals.stream().distinct().toList();
            String text = randomText(random, alphabet, random.nextInt(30));
            String folded = text.chars().map(c -> c >= 'A' && c <= 'Z' ? c + 32 : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            List<String> expected = literals.stream().filter(folded::contains).toList();
            assertThat(found(literals, text)).as("%s in %s", literals, text).containsExactlyElementsOf(expected);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
