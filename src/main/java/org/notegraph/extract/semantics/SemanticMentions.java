package org.notegraph.extract.semantics;

import java.util.List;

/** What a note says beyond its paper mentions: concepts named, claims, and typed relations. */
public record SemanticMentions(List<ConceptMention> concepts, List<ClaimMention> claims,
                               List<RelationMention> relations) implements java.io.Serializable {
    public static final SemanticMentions NONE = new SemanticMentions(List.of(), List.of(), List.of());

    public SemanticMentions {
        concepts = List.copyOf(concepts);
        claims = List.copyOf(claims);
        relations = List.copyOf(relations);
    }
}
