package org.notegraph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The literals read from a cue's pattern: the words it cannot match without, or none when unsure. */
class RequiredLiteralsTest {
    private static Optional<Set<String>> of(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    @Test
    void anOptionalEndingStillNeedsTheStem() {
        assertThat(of("\\bextensions?\\s+(?:of|to)\\b")).contains(Set.of("extension", "extensions"));
    }

    @Test
    void alternativesNeedOneOfTheirWords() {
        assertThat(of("\\b(?:via|using)\\b")).contains(Set.of("via", "using"));
    }

    @Test
    void aFewCharactersInBracketsMultiplyTheLiteral() {
        assertThat(of("\\bwell[- ]known\\b")).contains(Set.of("well-known", "well known"));
        assertThat(of("\\butili[sz]e\\b")).contains(Set.of("utilise", "utilize"));
    }

    @Test
    void lookbehindsAddNothingAndLookaheadsMayServe() {
        assertThat(of("(?<!\\bnot\\s{1,3})\\buses\\b")).contains(Set.of("uses"));
        assertThat(of("\\bsimilar\\s+to\\b(?=[^.]*\\bbut\\b)")).contains(Set.of("similar"));
        assertThat(of("\\bas\\b(?=\\s+alternatives\\b)")).contains(Set.of("alternatives"));
    }

    @Test
    void literalsAreFoldedToAsciiLowerCase() {
        assertThat(of("(?-i:\\bDOES\\b)")).contains(Set.of("does"));
        assertThat(RequiredLiterals.of(Pattern.compile("(?<name>[A-Z]\\w+)\\s*\\(Proposed\\)"))).contains(Set.of("(proposed)"));
    }

    @Test
    void charactersBeyondAsciiStayAsWritten() {
        assertThat(of("[\"“](?<name>[^\"”]+)[\"”]")).contains(Set.of("\"", "“"));
    }

    @Test
    void patternsThatMayMatchWithoutAnyWordGiveNone() {
        assertThat(of("a?b*")).isEmpty();
        assertThat(of("\\w+\\s+\\w+")).isEmpty();
        assertThat(of("(?:from|)\\s+x?")).isEmpty();
    }

    @Test
    void constructsItDoesNotKnowGiveNone() {
        assertThat(of("(\\w+)\\s+\\1")).isEmpty();
        assertThat(of("\\x41bc")).isEmpty();
        assertThat(of("(?x) a b c ")).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("straße", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).isEmpty();
        assertThat(of("(?u)kelvin")).isEmpty();
    }

    @Test
    void repeatedLiteralsCount() {
        assertThat(of(">{1,2}")).contains(Set.of(">"));
        assertThat(of("\\b(?:ab){2}\\b")).contains(Set.of("abab"));
        assertThat(of("(?:ab)+c")).contains(Set.of("ab"));
    }
}
