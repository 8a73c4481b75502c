package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * What the semantic rules have found in one note so far, each kind in its own place: concept
 * mentions, claims, relations ({@link RelationSet}), and what each paper introduces
 * ({@link Introductions}), which later rules read.
 */
final class Findings {
    private final List<ConceptMention> concepts = new ArrayList<>();
    private final List<ClaimMention> claims = new ArrayList<>();
    private final RelationSet relations;
    private final Introductions introductions = new Introductions();

    Findings(NoteReading note) { this.relations = new RelationSet(note); }

    void concept(ConceptMention c) { concepts.add(c); }

    /** Adds a claim; returns its index, by which relations name it ({@link Endpoint.Claim}). */
    int claim(ClaimMention c) {
        claims.add(c);
        return claims.size() - 1;
    }

    RelationSet relations() { return relations; }

    Introductions introductions() { return introductions; }

    SemanticMentions mentions() { return new SemanticMentions(concepts, claims, relations.all()); }
}
