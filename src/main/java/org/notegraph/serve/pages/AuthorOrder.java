package org.notegraph.serve.pages;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.notegraph.rdf.Vocab;

/**
 * The order of a paper's or mention's authors. {@code dcterms:creator} is a set; the order the
 * note wrote them in is kept by {@code bibo:authorList}, an {@code rdf:Seq} whose {@code rdf:_1},
 * {@code rdf:_2} ... are the persons (docs/rdf-model.md). Pages list creators in that order, and
 * any creator no list names after them, by IRI. Read inside a read transaction.
 */
final class AuthorOrder {
    private static final String MEMBER = RDF.getURI() + "_";

    private AuthorOrder() {}

    /** Creators of {@code r} first by their place in its author list, then by IRI. */
    static Comparator<Node> of(DatasetGraph dsg, Node r) {
        Map<Node, Integer> place = positions(dsg, r);
        return Comparator.comparing((Node n) -> place.getOrDefault(n, Integer.MAX_VALUE)).thenComparing((Node n) -> n.toString());
    }

    /** Each person's place (1-based, the smallest when several lists name it). */
    static Map<Node, Integer> positions(DatasetGraph dsg, Node r) {
        Map<Node, Integer> place = new HashMap<>();
        Iterator<Quad> lists = dsg.find(Node.ANY, r, Vocab.Bibo.authorList, Node.ANY);
        while (lists.hasNext()) {
            Iterator<Quad> members = dsg.find(Node.ANY, lists.next().getObject(), Node.ANY, Node.ANY);
            while (members.hasNext()) {
                Quad q = members.next();
                String p = q.getPredicate().getURI();
                if (!p.startsWith(MEMBER) || !p.substring(MEMBER.length()).matches("[1-9][0-9]{0,8}")) continue;
                place.merge(q.getObject(), Integer.parseInt(p.substring(MEMBER.length())), Math::min);
            }
        }
        return place;
    }
}
