package org.notegraph.extract.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written label keys and word gaps agree with the regular expressions they replace, on
 * every character and on random texts; and the first-word index never rules out a label.
 */
class ConceptKeysTest {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern JOINER = Pattern.compile("[ \\t]*(?:[-/][ \\t]*|\\n[ \\t]*)?|[ \\t]+");

    private static String regexKey(String label) {
        return NOT_LETTERS.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    @Test
    void keyAgreesWithTheRegularExpressionOnEveryCodePoint() {
        for (int cp = 0; cp <= 0x2FFFF; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) continue;
            String s = "a" + new String(Character.toChars(cp)) + "b";
            assertThat(ConceptVocabulary.key(s)).as("U+%04X", cp).isEqualTo(regexKey(s));
        }
    }

    @Test
    void keyAgreesOnRandomMixedTexts() {
        Random random = new Random(3);
        String alphabet = "aZ9 -_/’'\t\nİΣσςéß²ⅣΩ\uD835\uDC00.";
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            assertThat(ConceptVocabulary.key(s)).as(s).isEqualTo(regexKey(s));
            assertThat(ConceptVocabulary.exactKey(s)).as(s).isEqualTo(NOT_LETTERS.matcher(s).replaceAll(" ").strip());
        }
    }

    @Test
    void gapsJoinAsTheJoinerPatternSays() {
        for (String gap : List.of("", " ", "\t ", "-", " - ", "/", " /\t", "\n", " \n  ", "--", "- -", "\n\n", ", ", ".", " x ", "-\n", "\r\n")) {
            String prose = "a" + gap + "b";
            assertThat(ConceptMatcher.joins(prose, 1, 1 + gap.length())).as("[%s]", gap).isEqualTo(JOINER.matcher(gap).matches());
        }
    }

    @Test
    void everyLabelAndItsPluralMayStartAPhrase() {
        ConceptVocabulary v = ConceptVocabulary.bundled();
        for (Concept c : v.concepts()) {
            for (String label : c.labels()) {
                List<ConceptMatcher.Word> words = ConceptMatcher.words(label, 0, label.length());
                if (words.isEmpty()) continue;
                String first = words.get(0).text();
                assertThat(v.mayStartLabel(first)).as(label).isTrue();
                if (words.size() == 1) {
                    assertThat(v.mayStartLabel(first + "s")).as(label + "s").isTrue();
                    assertThat(v.mayStartLabel(first + "es")).as(label + "es").isTrue();
                    assertThat(v.mayStartLabel(first + "’s")).as(label + "’s").isTrue();
                }
            }
        }
    }

    @Test
    void wordsNoLabelStartsWithAreRuledOutAndOthersKept() {
        ConceptVocabulary v = ConceptVocabulary.empty();
        v.register(new Concept("urn:x:gan", "GAN", Concept.Kind.METHOD, List.of("GAN", "generative adversarial network")));
        assertThat(v.mayStartLabel("Generative")).isTrue();
        assertThat(v.mayStartLabel("GANs")).isTrue();
        assertThat(v.mayStartLabel("gan")).isTrue();
        assertThat(v.mayStartLabel("weather")).isFalse();
        assertThat(v.mayStartLabel("ga")).isFalse();
        assertThat(v.mayStartLabel("Générative")).isTrue();
    }

    @Test
    void matchingStillFindsLabelsAcrossJoinersAndPlurals() {
        ConceptVocabulary v = ConceptVocabulary.empty();
        v.register(new Concept("urn:x:dd", "double descent", Concept.Kind.PHENOMENON, List.of("double descent")));
        v.register(new Concept("urn:x:gan", "GAN", Concept.Kind.METHOD, List.of("GAN")));
        ConceptMatcher m = new ConceptMatcher(v);
        String prose = "Double-descent in GANs, double\n  descent; not double, descent, double-\ndescent nor gans.";
        assertThat(m.find(prose, 0, prose.length())).extracting(ConceptMatcher.Found::written)
                .containsExactly("Double-descent", "GANs", "double\n  descent");
    }
}
