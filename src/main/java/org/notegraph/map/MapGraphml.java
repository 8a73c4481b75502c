package org.notegraph.map;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A subgraph in GraphML (for Gephi, yEd, Cytoscape, NetworkX): a directed graph whose nodes are the
 * IRIs with label, kind, ghost and colour, and whose edges carry relation, label, colour, quote,
 * note path and line, confidence and the statement's IRI, each declared as a {@code <key>}. Written
 * by the JDK's XML writer, so note text is escaped, with characters XML cannot hold as spaces.
 */
public final class MapGraphml {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private MapGraphml() {}

    public static void write(Subgraph g, OutputStream out) {
        MapStyle style = MapStyle.standard();
        XmlDocument.write(out, "GraphML", w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            key(w, "label", "node", "string");
            key(w, "kind", "node", "string");
            key(w, "ghost", "node", "boolean");
            key(w, "colour", "node", "string");
            key(w, "relation", "edge", "string");
            key(w, "elabel", "edge", "string");
            key(w, "ecolour", "edge", "string");
            key(w, "quote", "edge", "string");
            key(w, "path", "edge", "string");
            key(w, "line", "edge", "int");
            key(w, "confidence", "edge", "double");
            key(w, "statement", "edge", "string");
            w.writeStartElement("graph");
            w.writeAttribute("id", "map");
            w.writeAttribute("edgedefault", "directed");
            for (MapNode n : g.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", XmlText.clean(n.id()));
                data(w, "label", n.label());
                data(w, "kind", n.kind());
                data(w, "ghost", String.valueOf(n.ghost()));
                data(w, "colour", style.nodeColour(n.kind()));
                w.writeEndElement();
            }
            for (MapEdge e : g.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", XmlText.clean(e.id()));
                w.writeAttribute("source", XmlText.clean(e.source()));
                w.writeAttribute("target", XmlText.clean(e.target()));
                data(w, "relation", e.relation());
                data(w, "elabel", style.edgeLabel(e.relation()));
                data(w, "ecolour", style.edgeColour(e.relation()));
                if (e.quote() != null) data(w, "quote", e.quote());
                data(w, "path", e.path());
                data(w, "line", String.valueOf(e.line()));
                if (e.confidence() != null) data(w, "confidence", String.valueOf(e.confidence()));
                data(w, "statement", e.statement());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", id);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(XmlText.clean(value));
        w.writeEndElement();
    }
}
