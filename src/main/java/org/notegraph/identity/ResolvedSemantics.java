package org.notegraph.identity;

import java.util.List;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.semantics.ClaimMention;
import org.notegraph.extract.semantics.ConceptMention;
import org.notegraph.extract.semantics.RelationMention;

/** A note's concepts, claims and relations with the IRIs identity resolution gave their ends. */
public record ResolvedSemantics(List<Concepts> concepts, List<Claim> claims, List<Relation> relations,
                                List<NewConcept> newConcepts, List<CitedWork> citedWorks) {
    public static final ResolvedSemantics NONE = new ResolvedSemantics(List.of(), List.of(), List.of(), List.of(), List.of());

    public ResolvedSemantics {
        concepts = List.copyOf(concepts);
        claims = List.copyOf(claims);
        relations = List.copyOf(relations);
        newConcepts = List.copyOf(newConcepts);
        citedWorks = List.copyOf(citedWorks);
    }

    /** A concept mention: its IRI, the concept's, and the paper mention it stands with (or null). */
    public record Concepts(ConceptMention mention, String iri, String conceptIri, String paperMentionIri) {}

    /** A claim: its IRI, the paper mention it is read with, and that mention's paper. */
    public record Claim(ClaimMention claim, String iri, String paperMentionIri, String paperIri, List<String> aboutIris) {
        public Claim {
            aboutIris = List.copyOf(aboutIris);
        }
    }

    /**
     * A relation: its statement IRI, the resolved ends, and for ends that are paper mentions of the
     * note, those mentions (so a query can show the paper as this note names it).
     */
    public record Relation(RelationMention relation, String iri, String subjectIri, String objectIri,
                           String subjectMentionIri, String objectMentionIri) {}

    /** A method or phenomenon a note names that the vocabulary does not have. */
    public record NewConcept(String iri, String label, Concept.Kind kind) {
        /** A name the note wrapped across lines is labelled on one line. */
        public NewConcept {
            label = label == null ? null : label.replaceAll("\\s+", " ").strip();
        }
    }

    /** A work the note cites by a link without a target, that no paper's title matches: its IRI, the link's text and the note's IRI. */
    public record CitedWork(String iri, String text, String noteIri) {}
}
