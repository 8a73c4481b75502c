package org.notegraph.enrich;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Vocab;

/**
 * The papers of a store with what the notes say of them, read from the entities graph: identifiers
 * (the least of several, for a stable choice), title, authors in {@code rdf:_n} order, venue label, year.
 */
final class StorePapers {
    private StorePapers() {}

    static List<KnownPaper> read(DatasetGraph d, String entitiesGraph) {
        Graph g = d.getGraph(org.apache.jena.graph.NodeFactory.createURI(entitiesGraph));
        TreeSet<String> iris = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), NG.Paper).forEachRemaining(t -> { if (t.getSubject().isURI()) iris.add(t.getSubject().getURI()); });
        List<KnownPaper> papers = new ArrayList<>();
        for (String iri : iris) {
            Node p = org.apache.jena.graph.NodeFactory.createURI(iri);
            Node venue = first(g, p, DCTerms.isPartOf.asNode());
            String yearText = literal(g, p, Vocab.Fabio.hasPublicationYear);
            Integer year = yearText != null && yearText.matches("\\d{4}") ? Integer.valueOf(yearText) : null;
            papers.add(new KnownPaper(iri, literal(g, p, NG.arxivId), literal(g, p, Vocab.Bibo.doi), literal(g, p, NG.aclId),
                    literal(g, p, NG.openreviewId), literal(g, p, DCTerms.title.asNode()), authors(g, p),
                    venue == null ? null : literal(g, venue, RDFS.label.asNode()), year));
        }
        return papers;
    }

    private static List<String> authors(Graph g, Node paper) {
        Node seq = first(g, paper, Vocab.Bibo.authorList);
        if (seq == null) return List.of();
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        Iterator<Triple> it = g.find(seq, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Triple t = it.next();
            String pred = t.getPredicate().getURI();
            if (!pred.startsWith(RDF.getURI() + "_")) continue;
            String n = pred.substring(RDF.getURI().length() + 1);
            if (!n.matches("\\d{1,6}")) continue;
            String name = literal(g, t.getObject(), RDFS.label.asNode());
            if (name == null) name = literal(g, t.getObject(), FOAF.name.asNode());
            if (name != null) byIndex.put(Integer.valueOf(n), name);
        }
        return List.copyOf(byIndex.values());
    }

    private static Node first(Graph g, Node s, Node p) {
        TreeMap<String, Node> sorted = new TreeMap<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> sorted.put(t.getObject().toString(), t.getObject()));
        return sorted.isEmpty() ? null : sorted.firstEntry().getValue();
    }

    private static String literal(Graph g, Node s, Node p) {
        TreeSet<String> values = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> { if (t.getObject().isLiteral()) values.add(t.getObject().getLiteralLexicalForm()); });
        return values.isEmpty() ? null : values.first();
    }
}
