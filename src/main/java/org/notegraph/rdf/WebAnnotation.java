package org.notegraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import static org.notegraph.rdf.Triples.integer;
import static org.notegraph.rdf.Triples.iri;
import static org.notegraph.rdf.Triples.text;

/** Where a mention is in its note, as W3C Web Annotation: paper and concept mentions alike. */
final class WebAnnotation {
    private WebAnnotation() {}

    /** The Web Annotation target of a mention: the note, a position selector and a quote selector. */
    static void target(Graph g, Node s, Node note, int start, int end, String quote) {
        String base = s.getURI();
        Node target = iri(base + "/target");
        Node position = iri(base + "/position");
        g.add(s, Vocab.OA.hasTarget, target);
        g.add(target, RDF.type.asNode(), Vocab.OA.SpecificResource);
        g.add(target, Vocab.OA.hasSource, note);
        g.add(target, Vocab.OA.hasSelector, position);
        g.add(position, RDF.type.asNode(), Vocab.OA.TextPositionSelector);
        g.add(position, Vocab.OA.start, integer(start));
        g.add(position, Vocab.OA.end, integer(end));
        if (quote != null && !quote.isEmpty()) {
            Node q = iri(base + "/quote");
            g.add(target, Vocab.OA.hasSelector, q);
            g.add(q, RDF.type.asNode(), Vocab.OA.TextQuoteSelector);
            g.add(q, Vocab.OA.exact, text(quote));
        }
    }
}
