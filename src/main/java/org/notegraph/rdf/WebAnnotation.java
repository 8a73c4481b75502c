package org.notegraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import static org.notegraph.rdf.Triples.integer;
import static org.notegraph.rdf.Triples.iri;

/**
 * Where a paper mention is in its note, as W3C Web Annotation: the note as the target's source and
 * one position selector. No quote selector: the quoted text is the note's own text at those offsets
 * (and the mention's ng:body holds it), so it would be written twice.
 */
final class WebAnnotation {
    private WebAnnotation() {}

    /** The Web Annotation target of a mention: the note and a position selector. */
    static void target(Graph g, Node s, Node note, int start, int end) {
        String base = s.getURI();
        Node target = iri(base + "/target");
        Node position = iri(base + "/position");
        g.add(s, Vocab.OA.hasTarget, target);
        g.add(target, Vocab.OA.hasSource, note);
        g.add(target, Vocab.OA.hasSelector, position);
        g.add(position, RDF.type.asNode(), Vocab.OA.TextPositionSelector);
        g.add(position, Vocab.OA.start, integer(start));
        g.add(position, Vocab.OA.end, integer(end));
    }
}
