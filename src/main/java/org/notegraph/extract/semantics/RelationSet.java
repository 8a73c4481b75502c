package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * The relations found in one note so far, in the order found, each kept once per subject, relation
 * and object (the first rule to state it wins), never from an end to itself.
 */
final class RelationSet {
    private final NoteReading note;
    private final Map<String, RelationMention> relations = new LinkedHashMap<>();

    RelationSet(NoteReading note) { this.note = note; }

    /** Adds a relation with the sentence as its evidence. */
    void add(Endpoint subject, Relation relation, Endpoint object, Sentence s, double confidence, String rule) {
        add(subject, relation, object, s, confidence, rule, null, null);
    }

    /** As {@link #add(Endpoint, Relation, Endpoint, Sentence, double, String)}, with how the note writes each end. */
    void add(Endpoint subject, Relation relation, Endpoint object, Sentence s, double confidence, String rule,
             String subjectText, String objectText) {
        addWithEvidence(subject, relation, object, s, note.evidence(s.start(), s.end()), confidence, rule, subjectText, objectText);
    }

    void addWithEvidence(Endpoint subject, Relation relation, Endpoint object, Sentence s, String evidence,
                         double confidence, String rule, String subjectText, String objectText) {
        String key = key(subject, relation, object);
        if (key(subject).equals(key(object)) || relations.containsKey(key)) return;
        subjectText = nameAsWritten(subject, subjectText);
        objectText = nameAsWritten(object, objectText);
        relations.put(key, new RelationMention(subject, relation, object, evidence,
                note.span(s.start(), s.end()), confidence, rule, subjectText, objectText));
    }

    /** Whether the note states {@code relation} between the two ends of {@code r}. */
    boolean holds(RelationMention r, Relation relation) {
        return relations.containsKey(key(r.subject(), relation, r.object()));
    }

    /** What the note says an endpoint extends ("DARTS-ES extends DARTS"), or null. */
    RelationMention extensionOf(Endpoint method) {
        for (RelationMention r : relations.values()) {
            if (r.relation() == Relation.EXTENDS && key(r.subject()).equals(key(method))) return r;
        }
        return null;
    }

    void removeIf(Predicate<RelationMention> drop) { relations.values().removeIf(drop); }

    List<RelationMention> all() { return new ArrayList<>(relations.values()); }

    private static String key(Endpoint subject, Relation relation, Endpoint object) {
        return key(subject) + "|" + relation + "|" + key(object);
    }

    /**
     * The name a concept is given in a relation: as the note writes it, unless the note wraps the
     * concept's preferred label in more words ("double descent curve"), where the label is the name.
     */
    static String nameAsWritten(Endpoint e, String written) {
        if (!(e instanceof Endpoint.Known k) || written == null) return written;
        String w = " " + ConceptVocabulary.key(written) + " ";
        String pref = ConceptVocabulary.key(k.concept().prefLabel());
        return !w.strip().equals(pref) && w.contains(" " + pref + " ") ? k.concept().prefLabel() : written;
    }

    /** What identifies an endpoint within one note: a concept by IRI, a named method by its label key. */
    static String key(Endpoint e) {
        if (e instanceof Endpoint.Known k) return "c:" + k.concept().iri();
        if (e instanceof Endpoint.Named n) return "n:" + ConceptVocabulary.key(n.name());
        if (e instanceof Endpoint.Link l) return "l:" + ConceptVocabulary.key(l.target());
        return e.toString();
    }
}
