package org.notegraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import static org.notegraph.rdf.Triples.integer;
import static org.notegraph.rdf.Triples.iri;

/**
 * Where a paper mention is in its note, as a W3C Web Annotation target: the note's IRI with an
 * RFC 5147 fragment, {@code <note/a.md#char=530,612>}, one triple where a specific resource with a
 * position selector takes six. Only when the note's IRI already has a fragment (a base ending in
 * {@code #}) is the target a specific resource with the note as source and a position selector.
 * No quote: the quoted text is the note's own text at those offsets (and the mention's ng:body
 * holds it), so it would be written twice.
 */
final class WebAnnotation {
    private WebAnnotation() {}

    /** The Web Annotation target of a mention: the characters [start, end) of the note. */
    static void target(Graph g, Node s, Node note, int start, int end) {
        if (!note.getURI().contains("#")) {
            g.add(s, Vocab.OA.hasTarget, iri(note.getURI() + "#char=" + start + "," + end));
            return;
        }
        Node target = iri(s.getURI() + "/target");
        Node position = iri(s.getURI() + "/position");
        g.add(s, Vocab.OA.hasTarget, target);
        g.add(target, Vocab.OA.hasSource, note);
        g.add(target, Vocab.OA.hasSelector, position);
        g.add(position, RDF.type.asNode(), Vocab.OA.TextPositionSelector);
        g.add(position, Vocab.OA.start, integer(start));
        g.add(position, Vocab.OA.end, integer(end));
    }
}
