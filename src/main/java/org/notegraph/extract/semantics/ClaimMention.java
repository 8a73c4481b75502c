package org.notegraph.extract.semantics;

import java.util.List;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.text.SourceSpan;

/**
 * A finding a note states, attributed to the paper whose item or section it stands in: the proposition
 * (the clause after "shows that", else the sentence), the sentence it was read from, whether the paper
 * asserts it or denies it, the concepts it is about, where, and how sure the rule is.
 */
public record ClaimMention(String text, String quote, Stance stance, SourceSpan span, int paperMentionIndex,
                           List<Concept> about, double confidence, String rule) implements java.io.Serializable {
    public enum Stance { ASSERTS, DENIES }

    public ClaimMention {
        about = List.copyOf(about);
    }
}
