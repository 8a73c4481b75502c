package org.notegraph.extract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a claim is worded from its sentence: asserted clauses, and denials as the statement rejected. */
class ClaimWordingTest {
    private static String word(String sentence, String cue, ClaimMention.Stance stance, boolean follows) {
        Matcher m = Pattern.compile(cue, Pattern.CASE_INSENSITIVE).matcher(sentence);
        assertThat(m.find()).as("cue in sentence").isTrue();
        return ClaimWording.of(sentence, m, stance, follows);
    }

    @Test
    void anAssertedClaimIsTheClauseAfterShowsThat() {
        assertThat(word("Experiments show that wider layers train faster on small data.", "experiments show that",
                ClaimMention.Stance.ASSERTS, false)).isEqualTo("wider layers train faster on small data");
    }

    @Test
    void aDenialDropsItsNegations() {
        assertThat(word("In short, we argue that the gains cannot be attributed to depth alone.", "cannot be attributed",
                ClaimMention.Stance.DENIES, false)).isEqualTo("the gains can be attributed to depth alone");
        assertThat(word("Wide layers are not better: they overfit more often.", "are not better",
                ClaimMention.Stance.DENIES, false)).isEqualTo("Wide layers are better");
    }

    @Test
    void emphaticCapitalsAreNegated() {
        assertThat(ClaimWording.rejected("flat minima DO generalise")).isEqualTo("flat minima do not generalise");
        assertThat(ClaimWording.rejected("label smoothing HURTS calibration")).isEqualTo("label smoothing does not hurt calibration");
    }

    @Test
    void aRejectionCueNamesTheClaimAfterItsLeadIn() {
        assertThat(word("refuting common beliefs (slides below): pruning DOES help transfer", "refuting",
                ClaimMention.Stance.DENIES, true)).isEqualTo("pruning does not help transfer");
        assertThat(word("Their counter-examples suggest that the bound does not hold for deep nets.", "counter-examples",
                ClaimMention.Stance.DENIES, true)).isEqualTo("the bound does hold for deep nets");
    }

    @Test
    void aClauseTooShortToStandAloneKeepsTheSentence() {
        assertThat(word("It is not.", "is not", ClaimMention.Stance.DENIES, false)).isEqualTo("It is not.");
    }
}
