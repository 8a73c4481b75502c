package org.notegraph.map;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A subgraph as a self-contained SVG file that any browser opens: the nodes where
 * {@link MapLayout} puts them, coloured by kind and labelled (ghosts dashed and pale), the edges
 * as arrows coloured and labelled by relation (several between one pair bent apart), a legend, and
 * each node's IRI and full label and each edge's evidence and {@code file:line} as tooltips
 * ({@code <title>}). Node groups carry {@code data-id} and {@code data-kind}, edge groups
 * {@code data-relation}, {@code data-source} and {@code data-target}.
 */
public final class MapSvg {
    static final String SVG = "http://www.w3.org/2000/svg";
    private static final int LEGEND = 220;
    private static final int LABEL_CHARS = 36;

    private MapSvg() {}

    public static void write(Subgraph g, OutputStream out) {
        double size = Math.min(3200, 700 + 22.0 * g.nodes().size());
        Map<String, MapLayout.Point> at = MapLayout.of(g, size);
        MapStyle style = MapStyle.standard();
        XmlDocument.write(out, "SVG", w -> {
            w.writeCharacters("\n");
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG);
            w.writeAttribute("width", num(size + LEGEND));
            w.writeAttribute("height", num(size));
            w.writeAttribute("viewBox", "0 0 " + num(size + LEGEND) + " " + num(size));
            w.writeAttribute("font-family", "sans-serif");
            element(w, "title", g.focus() == null ? "notegraph literature map" : "notegraph literature map around " + XmlText.clean(g.focus()));
            w.writeStartElement("rect");
            attrs(w, "x", "0", "y", "0", "width", num(size + LEGEND), "height", num(size), "fill", "#ffffff");
            w.writeEndElement();
            Set<String> relations = new LinkedHashSet<>();
            for (MapEdge e : g.edges()) relations.add(e.relation());
            w.writeStartElement("defs");
            for (String r : relations) {
                w.writeStartElement("marker");
                attrs(w, "id", markerId(r), "viewBox", "0 0 10 10", "refX", "22", "refY", "5", "markerWidth", "7", "markerHeight", "7",
                        "orient", "auto");
                w.writeStartElement("path");
                attrs(w, "d", "M0,0 L10,5 L0,10 z", "fill", style.edgeColour(r));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            edges(w, g, at, style);
            nodes(w, g, at, style);
            legend(w, g, relations, style, size);
            w.writeEndElement();
        });
    }

    private static void edges(XMLStreamWriter w, Subgraph g, Map<String, MapLayout.Point> at, MapStyle style) throws XMLStreamException {
        Map<String, Integer> seen = new HashMap<>();
        w.writeStartElement("g");
        w.writeAttribute("class", "edges");
        for (MapEdge e : g.edges()) {
            MapLayout.Point a = at.get(e.source());
            MapLayout.Point b = at.get(e.target());
            String pair = e.source().compareTo(e.target()) < 0 ? e.source() + " " + e.target() : e.target() + " " + e.source();
            int k = seen.merge(pair, 1, Integer::sum) - 1;
            double mx = (a.x() + b.x()) / 2;
            double my = (a.y() + b.y()) / 2;
            double len = Math.max(1, Math.hypot(b.x() - a.x(), b.y() - a.y()));
            // the k-th edge of a pair bends 0, +30, -30, +60 … px off the straight line
            double bend = k == 0 ? 0 : ((k + 1) / 2) * 30.0 * (k % 2 == 1 ? 1 : -1);
            double cx = mx - (b.y() - a.y()) / len * bend * 2;
            double cy = my + (b.x() - a.x()) / len * bend * 2;
            String colour = style.edgeColour(e.relation());
            w.writeStartElement("g");
            attrs(w, "class", "edge", "data-relation", e.relation(), "data-source", XmlText.clean(e.source()), "data-target", XmlText.clean(e.target()));
            element(w, "title", style.edgeLabel(e.relation()) + " — " + XmlText.clean(e.where())
                    + (e.quote() == null ? "" : ": " + XmlText.shorten(e.quote(), 400))
                    + (e.confidence() == null ? "" : " (confidence " + e.confidence() + ")"));
            w.writeStartElement("path");
            attrs(w, "d", "M" + num(a.x()) + "," + num(a.y()) + " Q" + num(cx) + "," + num(cy) + " " + num(b.x()) + "," + num(b.y()),
                    "fill", "none", "stroke", colour, "stroke-width", "1.6", "stroke-opacity", "0.8",
                    "marker-end", "url(#" + markerId(e.relation()) + ")");
            w.writeEndElement();
            // the label sits on the curve's middle: (a + 2c + b) / 4
            w.writeStartElement("text");
            attrs(w, "x", num((a.x() + 2 * cx + b.x()) / 4), "y", num((a.y() + 2 * cy + b.y()) / 4 - 3), "font-size", "10",
                    "fill", colour, "text-anchor", "middle");
            w.writeCharacters(style.edgeLabel(e.relation()));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void nodes(XMLStreamWriter w, Subgraph g, Map<String, MapLayout.Point> at, MapStyle style) throws XMLStreamException {
        w.writeStartElement("g");
        w.writeAttribute("class", "nodes");
        for (MapNode n : g.nodes()) {
            MapLayout.Point p = at.get(n.id());
            boolean focus = n.id().equals(g.focus());
            String colour = style.nodeColour(n.kind());
            w.writeStartElement("g");
            attrs(w, "class", "node" + (n.ghost() ? " ghost" : ""), "data-id", XmlText.clean(n.id()), "data-kind", n.kind());
            element(w, "title", XmlText.clean(n.label()) + " (" + n.kind() + (n.ghost() ? ", ghost: cited, never noted" : "") + ") "
                    + XmlText.clean(n.id()));
            w.writeStartElement("circle");
            attrs(w, "cx", num(p.x()), "cy", num(p.y()), "r", focus ? "14" : "9",
                    "fill", colour, "fill-opacity", n.ghost() ? "0.25" : "1", "stroke", n.ghost() ? colour : "#333333",
                    "stroke-width", focus ? "3" : "1.2");
            if (n.ghost()) w.writeAttribute("stroke-dasharray", "3,2");
            w.writeEndElement();
            w.writeStartElement("text");
            attrs(w, "x", num(p.x()), "y", num(p.y() + (focus ? 28 : 21)), "font-size", focus ? "13" : "11",
                    "text-anchor", "middle", "fill", n.ghost() ? "#777777" : "#222222");
            if (focus) w.writeAttribute("font-weight", "bold");
            w.writeCharacters(XmlText.shorten(n.label(), LABEL_CHARS));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void legend(XMLStreamWriter w, Subgraph g, Set<String> relations, MapStyle style, double size) throws XMLStreamException {
        w.writeStartElement("g");
        attrs(w, "class", "legend", "font-size", "12");
        double x = size + 10;
        double y = 24;
        text(w, x, y, "relations", true);
        for (MapStyle.Kind k : style.edgeKinds()) {
            if (!relations.contains(k.name())) continue;
            y += 18;
            w.writeStartElement("line");
            attrs(w, "x1", num(x), "y1", num(y - 4), "x2", num(x + 24), "y2", num(y - 4), "stroke", k.colour(), "stroke-width", "3");
            w.writeEndElement();
            text(w, x + 30, y, k.label(), false);
        }
        y += 30;
        text(w, x, y, "nodes", true);
        Set<String> kinds = new LinkedHashSet<>();
        boolean ghosts = false;
        for (MapNode n : g.nodes()) {
            kinds.add(n.kind());
            ghosts |= n.ghost();
        }
        for (MapStyle.Kind k : style.nodeKinds()) {
            if (!kinds.contains(k.name())) continue;
            y += 18;
            w.writeStartElement("circle");
            attrs(w, "cx", num(x + 12), "cy", num(y - 4), "r", "6", "fill", k.colour(), "stroke", "#333333");
            w.writeEndElement();
            text(w, x + 30, y, k.label(), false);
        }
        if (ghosts) {
            y += 18;
            w.writeStartElement("circle");
            attrs(w, "cx", num(x + 12), "cy", num(y - 4), "r", "6", "fill", "#ffffff", "stroke", "#777777", "stroke-dasharray", "3,2");
            w.writeEndElement();
            text(w, x + 30, y, "ghost: cited, never noted", false);
        }
        if (g.truncated()) {
            y += 30;
            text(w, x, y, "only the nearest " + g.nodes().size() + " nodes", false);
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, double x, double y, String s, boolean bold) throws XMLStreamException {
        w.writeStartElement("text");
        attrs(w, "x", num(x), "y", num(y));
        if (bold) w.writeAttribute("font-weight", "bold");
        w.writeCharacters(s);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }

    private static void attrs(XMLStreamWriter w, String... kv) throws XMLStreamException {
        for (int i = 0; i + 1 < kv.length; i += 2) w.writeAttribute(kv[i], kv[i + 1]);
    }

    private static String markerId(String relation) {
        return "arrow-" + relation.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
