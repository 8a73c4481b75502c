package org.notegraph.extract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled cue files through their index: every cue that matches a text is among the cues the
 * index hands back for it, on sentences written for the purpose and on texts pieced together at
 * random from the cues' own words, so that a literal read wrongly from a pattern fails here.
 */
class CueRulesIndexTest {
    private static final CueRules CUES = CueRules.defaults();

    @Test
    void everyMatchingCueIsACandidateOnTheFixtureSentences() throws IOException {
        List<String> sentences = sentences();
        assertThat(sentences).hasSizeGreaterThan(30);
        int matched = 0;
        for (String s : sentences) matched += check(s);
        assertThat(matched).as("cue matches in the fixture sentences").isGreaterThan(40);
    }

    @Test
    void everyMatchingCueIsACandidateOnRandomTexts() throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String s : sentences()) for (String w : s.split("(?<=\\s)|(?=\\s)|(?<=\\p{Punct})|(?=\\p{Punct})")) pieces.add(w);
        pieces.addAll(List.of(" ", "  ", "\t", "\n", ",", ".", "(", ")", ":", "-", "'", "n't", "’", "“", "”", "\"", ">", "<", "s", "es"));
        Random random = new Random(12);
        int matched = 0;
        for (int round = 0; round < 4000; round++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int i = 0; i < n; i++) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                text.append(random.nextInt(5) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
            }
            matched += check(text.toString());
        }
        assertThat(matched).as("cue matches in the random texts").isGreaterThan(200);
    }

    @Test
    void mostCuesAreFilteredByTheirWords() {
        String plain = "The weather was mild and the river was calm all afternoon.";
        assertThat(CUES.relationsIn(plain).size()).isLessThan(CUES.relations().size() / 4);
        assertThat(CUES.claimsIn(plain).size()).isLessThan(CUES.claims().size() / 4);
        assertThat(CUES.methodsIn(plain).size()).isLessThan(CUES.methods().size() / 2);
    }

    /** Checks the three lexicons on one text; returns how many cues matched it. */
    private static int check(String text) {
        return check(text, CUES.relations(), CUES.relationsIn(text), CueRules.RelationCue::pattern)
                + check(text, CUES.claims(), CUES.claimsIn(text), CueRules.ClaimCue::pattern)
                + check(text, CUES.methods(), CUES.methodsIn(text), CueRules.MethodCue::pattern);
    }

    private static <T> int check(String text, List<T> all, List<T> candidates, Function<T, Pattern> pattern) {
        List<T> matching = all.stream().filter(c -> pattern.apply(c).matcher(text).find()).toList();
        assertThat(candidates).as("candidates for: %s", text).containsAll(matching);
        assertThat(all.stream().filter(candidates::contains).toList()).as("in file order").isEqualTo(candidates);
        return matching.size();
    }

    private static List<String> sentences() throws IOException {
        try (InputStream in = CueRulesIndexTest.class.getResourceAsStream("/semantics/cue-sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
