package org.notegraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.semantics.ClaimMention;
import org.notegraph.extract.semantics.ConceptMention;
import org.notegraph.extract.semantics.Endpoint;
import org.notegraph.extract.semantics.RelationMention;
import org.notegraph.extract.semantics.SemanticMentions;

/**
 * Resolves what a note's semantic layer names, once its papers are resolved: IRIs for its concept
 * mentions (one per concept and record: the mentions of a concept in one paper's item or section,
 * or in the note's prose outside any, share the IRI of the first), claims and relation statements
 * (by note, line and order), and for each relation end a
 * paper, a concept of the vocabulary, a claim, a work cited by a link without a target, or a new
 * concept made for a name nothing matches.
 */
final class SemanticEnds {
    private final IriMinter minter;
    private final ConceptVocabulary vocabulary;
    private final LinkTargets targets;

    SemanticEnds(IriMinter minter, ConceptVocabulary vocabulary, LinkTargets targets) {
        this.minter = minter;
        this.vocabulary = vocabulary;
        this.targets = targets;
    }

    /** The note's concepts, claims and relations with IRIs for themselves and for their ends. */
    ResolvedSemantics resolve(ExtractedNote n, List<ResolvedMention> mentions) {
        SemanticMentions sm = n.semantics();
        if (sm == null) return ResolvedSemantics.NONE;
        Map<String, ResolvedSemantics.NewConcept> newConcepts = new TreeMap<>();
        Map<String, Integer> ordinals = new HashMap<>();
        List<ResolvedSemantics.Concepts> concepts = new ArrayList<>();
        Map<String, String> groups = new HashMap<>();
        for (ConceptMention c : sm.concepts()) {
            String iri = groups.computeIfAbsent(c.paperMentionIndex() + " " + c.concept().iri(), k ->
                    minter.noteThing(n.path(), "concept", c.span().line(), ordinal(ordinals, "c" + c.span().line())));
            concepts.add(new ResolvedSemantics.Concepts(c, iri, c.concept().iri(),
                    c.paperMentionIndex() >= 0 ? mentions.get(c.paperMentionIndex()).iri() : null));
        }
        List<ResolvedSemantics.Claim> claims = new ArrayList<>();
        for (ClaimMention c : sm.claims()) {
            String iri = minter.noteThing(n.path(), "claim", c.span().line(), ordinal(ordinals, "k" + c.span().line()));
            ResolvedMention host = mentions.get(c.paperMentionIndex());
            claims.add(new ResolvedSemantics.Claim(c, iri, host.iri(), host.paperIri(),
                    c.about().stream().map(Concept::iri).toList()));
        }
        List<ResolvedSemantics.Relation> relations = new ArrayList<>();
        Map<String, ResolvedSemantics.CitedWork> cited = new TreeMap<>();
        for (RelationMention r : sm.relations()) {
            String iri = minter.noteThing(n.path(), "relation", r.span().line(), ordinal(ordinals, "r" + r.span().line()));
            String subject = endpointIri(r.subject(), n.path(), mentions, claims, newConcepts, cited);
            String object = endpointIri(r.object(), n.path(), mentions, claims, newConcepts, cited);
            relations.add(new ResolvedSemantics.Relation(r, iri, subject, object,
                    r.subject() instanceof Endpoint.Paper p ? mentions.get(p.mentionIndex()).iri() : null,
                    r.object() instanceof Endpoint.Paper p ? mentions.get(p.mentionIndex()).iri() : null));
        }
        return new ResolvedSemantics(concepts, claims, relations, new ArrayList<>(newConcepts.values()),
                new ArrayList<>(cited.values()));
    }

    private static int ordinal(Map<String, Integer> ordinals, String key) {
        return ordinals.merge(key, 1, Integer::sum);
    }

    private String endpointIri(Endpoint e, String notePath, List<ResolvedMention> mentions, List<ResolvedSemantics.Claim> claims,
                               Map<String, ResolvedSemantics.NewConcept> newConcepts,
                               Map<String, ResolvedSemantics.CitedWork> cited) {
        if (e instanceof Endpoint.Paper p) return mentions.get(p.mentionIndex()).paperIri();
        if (e instanceof Endpoint.Known k) return k.concept().iri();
        if (e instanceof Endpoint.Claim c) return claims.get(c.claimIndex()).iri();
        if (e instanceof Endpoint.Named named) return newConcept(named.name(), named.kind(), newConcepts);
        if (e instanceof Endpoint.Cited c) {
            String paper = targets.paperByTitle().get("title:" + Titles.normalise(c.text()));
            if (paper != null) return paper;
            String iri = minter.citedWork(notePath, c.text());
            cited.putIfAbsent(iri, new ResolvedSemantics.CitedWork(iri, c.text(), minter.note(notePath)));
            return iri;
        }
        String target = ((Endpoint.Link) e).target();
        String key = Titles.normalise(target);
        String paper = targets.paperByTitle().get("title:" + key);
        if (paper == null) paper = targets.paperByNoteName().get(key);
        if (paper != null) return paper;
        return vocabulary.lookupLoose(target).map(Concept::iri)
                .orElseGet(() -> newConcept(target, Concept.Kind.METHOD, newConcepts));
    }

    private String newConcept(String name, Concept.Kind kind, Map<String, ResolvedSemantics.NewConcept> newConcepts) {
        String iri = minter.concept(name);
        newConcepts.putIfAbsent(iri, new ResolvedSemantics.NewConcept(iri, name, kind));
        return iri;
    }

}
