package org.notegraph.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.identity.IriMinter;
import org.notegraph.model.Namespaces;
import org.notegraph.model.Relation;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Prefixes;

/**
 * One store read as the diff sees it: its notes, and its papers, relations and claims each as an
 * {@link Item} keyed the same way in any store of the same notes, with the fields that say whether
 * it changed. Read inside a read transaction.
 */
final class StoreView {
    /** A paper, relation or claim: how people name it, where the notes state it, its fields. */
    record Item(String label, String where, SortedMap<String, SortedSet<String>> fields) {}

    private static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    private static final List<Node> LABELS = List.of(DCTerms.title.asNode(), SKOS.prefLabel.asNode(),
            RDFS.label.asNode(), FOAF_NAME, NG.path);
    /** What names an untitled paper. */
    private static final List<Node> IDENTIFIERS = List.of(NG.arxivId, org.notegraph.rdf.Vocab.Bibo.doi, NG.openreviewId, NG.aclId);

    private final DatasetGraph dataset;
    private final Graph union;
    private final Graph entities;
    private final Set<Node> relationPredicates = new HashSet<>();
    private final org.apache.jena.shared.PrefixMapping prefixes;

    StoreView(DatasetGraph dataset, IriMinter minter) {
        this.dataset = dataset;
        this.union = dataset.getUnionGraph();
        this.entities = dataset.getGraph(NodeFactory.createURI(minter.entitiesGraph()));
        for (Relation r : Relation.values()) relationPredicates.add(NG.relation(r));
        this.prefixes = Prefixes.standard(minter.base());
    }

    DatasetGraph dataset() { return dataset; }

    /** Note graph IRI → the note's path. */
    Map<String, String> notes() {
        Map<String, String> notes = new TreeMap<>();
        Iterator<Node> names = dataset.listGraphNodes();
        while (names.hasNext()) {
            Node g = names.next();
            if (g.isURI() && isNoteGraph(dataset, g)) notes.put(g.getURI(), notePath(g));
        }
        return notes;
    }

    /** Papers by IRI; fields: what the entities graph says of each, relations (reported apart) and counts aside. */
    Map<String, Item> papers() {
        Map<String, Item> papers = new TreeMap<>();
        entities.find(Node.ANY, RDF.type.asNode(), NG.Paper).forEachRemaining(t -> {
            Node paper = t.getSubject();
            SortedMap<String, SortedSet<String>> fields = new TreeMap<>();
            SortedSet<String> notes = new TreeSet<>();
            entities.find(paper, Node.ANY, Node.ANY).forEachRemaining(d -> {
                Node p = d.getPredicate();
                if (relationPredicates.contains(p) || p.equals(NG.mentionCount)
                        || p.getURI().startsWith(Namespaces.CITO)) return;
                if (p.equals(NG.mentionedIn)) notes.add(notePath(d.getObject()));
                fields.computeIfAbsent(shortName(p), k -> new TreeSet<>()).add(value(paper, d.getObject()));
            });
            papers.put(paper.getURI(), new Item(label(paper), String.join(", ", notes), fields));
        });
        return papers;
    }

    /** Relations by "subject relation object" IRIs; fields: the evidence each note gives for it. */
    Map<String, Item> relations() {
        Map<Node, List<Node>> statementsByEnds = new HashMap<>();
        entities.find(Node.ANY, NG.subject, Node.ANY).forEachRemaining(t -> {
            Node st = t.getSubject();
            Node object = first(entities, st, NG.object);
            Node relation = first(union, st, NG.relation);
            if (object == null || relation == null) return;
            Node key = NodeFactory.createTripleNode(t.getObject(), relation, object);
            statementsByEnds.computeIfAbsent(key, k -> new ArrayList<>()).add(st);
        });
        Map<String, Item> relations = new TreeMap<>();
        entities.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!relationPredicates.contains(t.getPredicate())) return;
            SortedMap<String, SortedSet<String>> fields = new TreeMap<>();
            SortedSet<String> where = new TreeSet<>();
            List<Node> statements = statementsByEnds.getOrDefault(
                    NodeFactory.createTripleNode(t.getSubject(), t.getPredicate(), t.getObject()), List.of());
            for (Node st : statements) {
                String note = notePath(first(union, st, NG.inNote));
                Node evidence = first(union, st, NG.evidence);
                fields.computeIfAbsent("evidence", k -> new TreeSet<>())
                        .add(note + ": " + (evidence == null ? "" : quote(evidence.getLiteralLexicalForm())));
                where.add(note + ":" + lexical(first(union, st, NG.line)));
            }
            String key = endKey(t.getSubject()) + " " + shortName(t.getPredicate()) + " " + endKey(t.getObject());
            String label = quote(label(t.getSubject())) + " " + t.getPredicate().getLocalName() + " " + quote(label(t.getObject()));
            relations.put(key, new Item(label, String.join(", ", where), fields));
        });
        return relations;
    }

    /**
     * How a relation's end is known across revisions: its IRI, but a claim (whose IRI carries the
     * line it is on) by its note and text, as {@link #claims()} keys it, so that moving lines does not
     * show its relations as removed and added.
     */
    private String endKey(Node end) {
        if (!union.contains(end, RDF.type.asNode(), NG.Claim)) return end.getURI();
        return "claim " + notePath(first(union, end, NG.inNote)) + " " + lexical(first(union, end, RDFS.label.asNode()));
    }

    /** Claims by note path and text; fields: stance, evidence, what it is about, its paper. */
    Map<String, Item> claims() {
        Map<String, Item> claims = new TreeMap<>();
        union.find(Node.ANY, RDF.type.asNode(), NG.Claim).forEachRemaining(t -> {
            Node claim = t.getSubject();
            String note = notePath(first(union, claim, NG.inNote));
            String text = lexical(first(union, claim, RDFS.label.asNode()));
            String key = note + " " + text;
            Item item = claims.computeIfAbsent(key, k -> new Item(text, note + ":" + lexical(first(union, claim, NG.line)),
                    new TreeMap<>()));
            add(item.fields(), "stance", union, claim, NG.stance);
            add(item.fields(), "evidence", union, claim, NG.evidence);
            add(item.fields(), "about", union, claim, NG.about);
            add(item.fields(), "paper", entities, claim, NG.attributedTo);
        });
        return claims;
    }

    private void add(SortedMap<String, SortedSet<String>> fields, String name, Graph g, Node s, Node p) {
        g.find(s, p, Node.ANY).forEachRemaining(t ->
                fields.computeIfAbsent(name, k -> new TreeSet<>()).add(value(s, t.getObject())));
    }

    /** A value as people read it: a quoted literal, a resource's label, or a part of the subject (an author list) spelled out. */
    private String value(Node subject, Node o) {
        if (o.isLiteral()) return quote(o.getLiteralLexicalForm());
        if (o.isURI() && subject.isURI() && o.getURI().startsWith(subject.getURI() + "/")) return members(o);
        if (o.isURI() && NG.Note.equals(first(union, o, RDF.type.asNode()))) return notePath(o);
        return o.isURI() ? quote(label(o)) : o.toString();
    }

    /** The members of a sequence (rdf:_1, rdf:_2, …) in order, by label: "[A. One, B. Two]". */
    private String members(Node seq) {
        SortedMap<Integer, String> members = new TreeMap<>();
        List<String> other = new ArrayList<>();
        entities.find(seq, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String local = t.getPredicate().getURI();
            if (local.startsWith(RDF.getURI() + "_")) {
                members.put(Integer.parseInt(local.substring(RDF.getURI().length() + 1)), label(t.getObject()));
            } else if (!t.getPredicate().equals(RDF.type.asNode())) {
                other.add(shortName(t.getPredicate()) + "=" + t.getObject());
            }
        });
        List<String> all = new ArrayList<>(members.values());
        other.stream().sorted().forEach(all::add);
        return "[" + String.join(", ", all) + "]";
    }

    /** A resource's title or label, else its IRI. */
    String label(Node n) {
        if (n == null) return "";
        if (!n.isURI()) return n.toString();
        for (Node p : LABELS) {
            Node v = first(union, n, p);
            if (v != null && v.isLiteral()) return v.getLiteralLexicalForm();
        }
        for (Node p : IDENTIFIERS) {
            Node v = first(union, n, p);
            if (v != null && v.isLiteral()) return v.getLiteralLexicalForm();
        }
        return n.getURI();
    }

    private String notePath(Node note) {
        if (note == null) return "";
        Node path = first(union, note, NG.path);
        return path != null && path.isLiteral() ? path.getLiteralLexicalForm() : note.getURI();
    }

    private static Node first(Graph g, Node s, Node p) {
        if (s == null) return null;
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String lexical(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    static String quote(String s) { return "\"" + s.replace("\n", " ") + "\""; }

    /** A graph's triples as a set. */
    static Set<org.apache.jena.graph.Triple> triples(Graph g) {
        Set<org.apache.jena.graph.Triple> set = new HashSet<>();
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(set::add);
        return set;
    }

    /** Note graphs: a named graph whose name is a note ({@code <g> a ng:Note} inside it). */
    private static boolean isNoteGraph(DatasetGraph d, Node g) {
        return d.contains(g, g, RDF.type.asNode(), NG.Note);
    }

    /** ng:path, dcterms:title, rdf:_1: the prefixed name of a property. */
    private String shortName(Node p) { return prefixes.shortForm(p.getURI()); }
}
