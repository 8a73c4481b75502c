package org.notegraph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which cues a text is handed to: those whose literals it holds, in list order, plus those without literals. */
class CueIndexTest {
    private record Cue(String name, Pattern pattern) {}

    private static Cue cue(String name, String regex) {
        return new Cue(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    private static final List<Cue> CUES = List.of(
            cue("via", "\\bvia\\b"),
            cue("based-on", "\\bbased\\s+on\\b"),
            cue("outperforms", "\\b(?:outperforms?|beats?)\\b"),
            cue("notation", "(?<=\\S)\\s+>{1,2}\\s+(?=\\S)"),
            cue("any-two-words", "\\w+\\s+\\w+"),
            cue("quoted", "[\"“](?<name>[^\"”\\n]{2,40}?)[\"”]"));

    private static final CueIndex<Cue> INDEX = CueIndex.of(CUES, Cue::pattern);

    private static List<String> candidates(String text) {
        return INDEX.candidates(text).stream().map(Cue::name).toList();
    }

    @Test
    void aCueWhoseWordsAreAbsentIsLeftOut() {
        assertThat(candidates("It beats the baseline")).containsExactly("outperforms", "any-two-words");
    }

    @Test
    void candidatesKeepTheListOrderWhateverTheTextOrder() {
        assertThat(candidates("Beats X, based on Y, via Z")).containsExactly("via", "based-on", "outperforms", "any-two-words");
    }

    @Test
    void caseDoesNotHideACue() {
        assertThat(candidates("BASED ON")).contains("based-on");
    }

    @Test
    void aMultiWordCueNeedsItsWordsNotTheirSpacing() {
        assertThat(candidates("based\ton")).containsExactly("based-on", "any-two-words");
        assertThat(INDEX.candidates("based\ton").stream().anyMatch(c -> c.pattern().matcher("based\ton").find())).isTrue();
    }

    @Test
    void aLiteralInsideAWordIsACandidateTheCueItselfRejects() {
        assertThat(candidates("trivia")).containsExactly("via", "any-two-words");
        assertThat(CUES.get(0).pattern().matcher("trivia").find()).isFalse();
    }

    @Test
    void symbolsAndQuotesBeyondAsciiAreLiteralsToo() {
        assertThat(candidates("A >> B")).contains("notation");
        assertThat(candidates("they call it “Fast”")).contains("quoted");
    }

    @Test
    void aCueWithoutLiteralsIsAlwaysACandidate() {
        assertThat(INDEX.alwaysRunCount()).isEqualTo(1);
        assertThat(candidates("")).containsExactly("any-two-words");
    }
}
