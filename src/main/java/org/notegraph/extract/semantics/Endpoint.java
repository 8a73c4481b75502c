package org.notegraph.extract.semantics;

import org.notegraph.extract.concepts.Concept;

/**
 * One end of a relation as a note states it: a paper mention of the same note, a vocabulary
 * concept, a method the note introduces (by name), a claim of the same note, a wikilink target
 * that identity resolution looks up among papers, notes and concepts, or a work cited by a link
 * without a target.
 */
public sealed interface Endpoint extends java.io.Serializable {
    /** The paper of the note's mention with this index (in {@link ExtractedNote#papers()}). */
    record Paper(int mentionIndex) implements Endpoint {}

    /** A concept of the vocabulary. */
    record Known(Concept concept) implements Endpoint {}

    /** A method (or phenomenon) the note names that the vocabulary does not know. */
    record Named(String name, Concept.Kind kind) implements Endpoint {
        public Named {
            name = oneLine(name);
        }
    }

    /** The claim with this index (in {@link SemanticMentions#claims()}). */
    record Claim(int claimIndex) implements Endpoint {}

    /** A {@code [[wikilink]]} or a front-matter value naming a paper, note or concept. */
    record Link(String target) implements Endpoint {}

    /**
     * A work the note cites by a link with no target ({@code [Nguyen et al. (2016)]()}): known
     * only by that text, it is no paper mention, but it can be a relation's end.
     */
    record Cited(String text) implements Endpoint {
        public Cited {
            text = oneLine(text);
        }
    }

    /** A name wrapped across lines in the note is one name on one line. */
    private static String oneLine(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
