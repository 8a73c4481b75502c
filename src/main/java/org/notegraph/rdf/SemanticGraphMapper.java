package org.notegraph.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.semantics.ClaimMention;
import org.notegraph.extract.semantics.ConceptMention;
import org.notegraph.extract.semantics.RelationMention;
import org.notegraph.identity.ResolvedSemantics;
import org.notegraph.model.Relation;

import static org.notegraph.rdf.Triples.addText;
import static org.notegraph.rdf.Triples.integer;
import static org.notegraph.rdf.Triples.iri;
import static org.notegraph.rdf.Triples.text;

/**
 * Maps the semantic layer. The note graph gets what the note states (concept mentions, claims,
 * relation statements with evidence, line, confidence and rule; ng:inNote is their provenance, a
 * sub-property of prov:wasDerivedFrom, so it is not written twice); the entities graph gets what
 * resolution decides (each statement's resolved ends, the direct triples such as
 * {@code paper ng:extends method}, their CiTO super-properties, which paper a claim belongs to, and
 * the new methods by name made for relation ends that are no paper).
 */
final class SemanticGraphMapper {
    private SemanticGraphMapper() {}

    static void noteGraph(Graph g, Node note, ResolvedSemantics sem) {
        Map<String, List<ResolvedSemantics.Concepts>> groups = new LinkedHashMap<>();
        for (ResolvedSemantics.Concepts c : sem.concepts()) groups.computeIfAbsent(c.iri(), k -> new ArrayList<>()).add(c);
        for (List<ResolvedSemantics.Concepts> group : groups.values()) conceptMention(g, note, group);
        for (ResolvedSemantics.Claim c : sem.claims()) claim(g, note, c);
        for (ResolvedSemantics.Relation r : sem.relations()) statement(g, note, r);
    }

    /**
     * Concepts that resolution made up for relation ends no paper or vocabulary entry matched. They go
     * to the entities graph: whether an end is a paper depends on the other notes, and a note graph
     * depends on its note alone. One label per concept (the smallest), whatever the order of the notes.
     */
    /**
     * Works notes cite by a link without a target ({@code [Nguyen et al. (2016)]()}) that are
     * relation ends and match no paper's title: {@code ng:CitedWork} nodes labelled by the link's
     * text. Entities graph, like new concepts: whether a title matches depends on the other notes.
     */
    static void citedWorks(Graph g, List<ResolvedSemantics> all) {
        for (ResolvedSemantics sem : all) {
            for (ResolvedSemantics.CitedWork c : sem.citedWorks()) {
                Node s = iri(c.iri());
                g.add(s, RDF.type.asNode(), NG.CitedWork);
                g.add(s, RDFS.label.asNode(), text(c.text()));
                g.add(s, NG.inNote, iri(c.noteIri()));
                g.add(s, Vocab.Prov.wasDerivedFrom, iri(c.noteIri()));
            }
        }
    }

    static void newConcepts(Graph g, List<ResolvedSemantics> all) {
        Map<String, ResolvedSemantics.NewConcept> byIri = new TreeMap<>();
        for (ResolvedSemantics sem : all) {
            for (ResolvedSemantics.NewConcept c : sem.newConcepts()) {
                byIri.merge(c.iri(), c, (a, b) -> a.label().compareTo(b.label()) <= 0 ? a : b);
            }
        }
        for (ResolvedSemantics.NewConcept c : byIri.values()) {
            Node s = iri(c.iri());
            g.add(s, RDF.type.asNode(), SKOS.Concept.asNode());
            g.add(s, RDF.type.asNode(), kindClass(c.kind()));
            g.add(s, SKOS.prefLabel.asNode(), text(c.label()));
        }
    }

    /**
     * The mentions of one concept in one record (a paper's item or section, or the note's prose
     * outside any) as one compact node: the concept, the note, each line it is named on, the words
     * as written only where they differ from the concept's preferred label, the paper record it
     * stands in, and how many times it is named there when more than once. No selectors: a concept
     * mention's quote is its words, and its place is the line.
     */
    private static void conceptMention(Graph g, Node note, List<ResolvedSemantics.Concepts> group) {
        ResolvedSemantics.Concepts first = group.get(0);
        Node s = iri(first.iri());
        g.add(s, RDF.type.asNode(), NG.ConceptMention);
        g.add(s, Vocab.OA.hasBody, iri(first.conceptIri()));
        g.add(s, NG.inNote, note);
        for (ResolvedSemantics.Concepts c : group) {
            ConceptMention m = c.mention();
            g.add(s, NG.line, integer(m.span().line()));
            if (!m.written().equals(m.concept().prefLabel())) g.add(s, NG.textAsWritten, text(m.written()));
        }
        if (group.size() > 1) g.add(s, NG.occurrences, integer(group.size()));
        if (first.paperMentionIri() != null) g.add(s, NG.inPaperMention, iri(first.paperMentionIri()));
    }

    private static void claim(Graph g, Node note, ResolvedSemantics.Claim c) {
        ClaimMention m = c.claim();
        Node s = iri(c.iri());
        g.add(s, RDF.type.asNode(), NG.Claim);
        g.add(s, RDFS.label.asNode(), text(m.text()));
        addText(g, s, NG.evidence, m.quote());
        g.add(s, NG.stance, text(m.stance().name().toLowerCase(Locale.ROOT)));
        g.add(s, NG.inNote, note);
        Triples.lines(g, s, m.span().line(), m.span().endLine());
        g.add(s, NG.rule, text(m.rule()));
        g.add(s, NG.confidence, decimal(m.confidence()));
        g.add(s, NG.inPaperMention, iri(c.paperMentionIri()));
        for (String about : c.aboutIris()) g.add(s, NG.about, iri(about));
    }

    private static void statement(Graph g, Node note, ResolvedSemantics.Relation r) {
        RelationMention m = r.relation();
        Node s = iri(r.iri());
        g.add(s, RDF.type.asNode(), NG.RelationStatement);
        g.add(s, NG.relation, NG.relation(m.relation()));
        addText(g, s, NG.evidence, m.evidence());
        g.add(s, NG.inNote, note);
        Triples.lines(g, s, m.span().line(), m.span().endLine());
        g.add(s, NG.confidence, decimal(m.confidence()));
        g.add(s, NG.rule, text(m.rule()));
        addText(g, s, NG.subjectText, m.subjectText());
        addText(g, s, NG.objectText, m.objectText());
        if (r.subjectMentionIri() != null) g.add(s, NG.subjectMention, iri(r.subjectMentionIri()));
        if (r.objectMentionIri() != null) g.add(s, NG.objectMention, iri(r.objectMentionIri()));
    }

    static void entities(Graph g, ResolvedSemantics sem) {
        for (ResolvedSemantics.Claim c : sem.claims()) {
            if (c.paperIri() != null) g.add(iri(c.iri()), NG.attributedTo, iri(c.paperIri()));
        }
        for (ResolvedSemantics.Relation r : sem.relations()) {
            if (r.subjectIri() == null || r.objectIri() == null) continue;
            Node st = iri(r.iri());
            Node subject = iri(r.subjectIri());
            Node object = iri(r.objectIri());
            g.add(st, NG.subject, subject);
            g.add(st, NG.object, object);
            Relation relation = r.relation().relation();
            g.add(subject, NG.relation(relation), object);
            relation.citoSuperProperty().ifPresent(cito -> g.add(subject, iri(cito), object));
        }
    }

    static Node kindClass(Concept.Kind kind) {
        return switch (kind) {
            case METHOD -> NG.Method;
            case PHENOMENON -> NG.Phenomenon;
            case DATASET -> NG.Dataset;
            case TASK -> NG.Task;
        };
    }

    /**
     * A decimal in canonical form ("0.7", not "0.70"): TDB2 stores decimals inline by value, and a
     * non-canonical lexical form does not round-trip, so a graph replacement would leave it behind.
     */
    static Node decimal(double d) {
        String lexical = java.math.BigDecimal.valueOf(Math.round(d * 100) / 100.0).stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }
}
