package org.notegraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** Small helpers for writing triples: literals, checked IRIs for URLs found in notes. */
final class Triples {
    private Triples() {}

    static Node iri(String s) { return NodeFactory.createURI(s); }

    static Node text(String s) { return NodeFactory.createLiteralString(s); }

    static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    static Node gYear(int year) { return NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear); }

    static void add(Graph g, Node s, Node p, Node o) {
        if (o != null) g.add(s, p, o);
    }

    static void addText(Graph g, Node s, Node p, String value) {
        if (value != null && !value.isBlank()) g.add(s, p, text(value));
    }

    /** ng:line, and ng:endLine only when the span ends on a later line (readers take a missing end as the line). */
    static void lines(Graph g, Node s, int line, int endLine) {
        g.add(s, NG.line, integer(line));
        if (endLine > line) g.add(s, NG.endLine, integer(endLine));
    }

    /**
     * A URL found in a note as an IRI node: characters IRIs forbid are percent-encoded; a URL that is
     * still not a valid absolute IRI gives null (the caller leaves it out).
     */
    static Node webIri(String url) {
        if (url == null) return null;
        StringBuilder sb = new StringBuilder();
        for (byte b : url.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c == 0x7f || "<>\"{}|\\^`".indexOf(c) >= 0) sb.append('%').append(String.format("%02X", c));
            else if (c >= 0x80) sb.append('%').append(String.format("%02X", c));
            else sb.append((char) c);
        }
        String s = sb.toString();
        try {
            IRIx iri = IRIx.create(s);
            if (!iri.isAbsolute() || iri.hasViolations()) return null;
            return iri(s);
        } catch (IRIException e) {
            return null;
        }
    }
}
