package org.notegraph.extract.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.testing.TestNotes;

/** Concept matching: whole words, acronyms by case, plurals, and only in prose. */
class ConceptMatcherTest {
    private static final ConceptVocabulary VOCABULARY = ConceptVocabulary.bundled();

    private static List<String> found(String markdown) {
        ExtractedNote note = TestNotes.markdown(markdown);
        return note.semantics().concepts().stream().map(c -> c.concept().prefLabel() + "=" + c.written()).toList();
    }

    @Test
    void bundledVocabularyHasOverFourHundredConceptsOfEveryKind() {
        assertThat(VOCABULARY.concepts()).hasSizeGreaterThan(400);
        for (Concept.Kind k : Concept.Kind.values()) {
            assertThat(VOCABULARY.concepts()).anyMatch(c -> c.kind() == k);
        }
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(found("A GAN was trained.\n")).anyMatch(s -> s.endsWith("=GAN"));
        assertThat(found("The gan was trained.\n")).noneMatch(s -> s.endsWith("=gan"));
    }

    @Test
    void pluralsAndHyphensFold() {
        assertThat(found("Two GANs and the double-descent curve.\n"))
                .anyMatch(s -> s.endsWith("=GANs")).anyMatch(s -> s.startsWith("double descent=double-descent"));
    }

    @Test
    void longestLabelWins() {
        assertThat(found("We use stochastic gradient descent here.\n"))
                .anyMatch(s -> s.startsWith("stochastic gradient descent="))
                .noneMatch(s -> s.startsWith("gradient descent="));
    }

    @Test
    void nothingIsMatchedInCodeUrlsOrMath() {
        assertThat(found("""
                Inline `GAN` code, a link [text](https://example.org/GAN/double-descent) and $GAN$ math.

                ```
                GAN double descent
                ```
                """)).isEmpty();
    }

    @Test
    void wordsInsideOtherWordsDoNotMatch() {
        assertThat(found("The ORGANization grew.\n")).noneMatch(s -> s.endsWith("=GAN"));
    }

    @Test
    void conceptMentionsAreTiedToThePaperOfTheirItem() {
        ExtractedNote note = TestNotes.markdown("- trained as a GAN [Some Paper](https://arxiv.org/abs/2001.00009)\n- plain GAN text\n");
        assertThat(note.semantics().concepts()).hasSize(2);
        assertThat(note.semantics().concepts().get(0).paperMentionIndex()).isEqualTo(0);
        assertThat(note.semantics().concepts().get(1).paperMentionIndex()).isEqualTo(-1);
    }
}
