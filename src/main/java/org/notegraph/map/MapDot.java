package org.notegraph.map;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * A subgraph in Graphviz DOT ({@code dot -Tsvg map.dot}): a digraph whose nodes are the IRIs,
 * labelled, filled by kind (ghosts dashed and unfilled), and whose edges are coloured and labelled by
 * relation with the evidence and {@code file:line} as tooltip. Every id and attribute is a quoted
 * string with backslashes and quotes escaped and line ends written {@code \n}, so any note text is
 * safe in it.
 */
public final class MapDot {
    private MapDot() {}

    public static void write(Subgraph g, Writer out) {
        MapStyle style = MapStyle.standard();
        PrintWriter w = new PrintWriter(out);
        w.println("digraph " + quote(g.focus() == null ? "notegraph map" : "notegraph map around " + g.focus()) + " {");
        w.println("  graph [overlap=false, splines=true, fontname=\"sans-serif\"];");
        w.println("  node [shape=ellipse, style=filled, fontname=\"sans-serif\", fontsize=10];");
        w.println("  edge [fontname=\"sans-serif\", fontsize=9];");
        for (MapNode n : g.nodes()) {
            String colour = style.nodeColour(n.kind());
            w.println("  " + quote(n.id()) + " [label=" + quote(XmlText.shorten(n.label(), 48)) + ", tooltip=" + quote(n.label())
                    + ", kind=" + quote(n.kind())
                    + (n.ghost() ? ", style=\"dashed\", color=" + quote(colour) + ", fontcolor=\"#777777\", ghost=true" : ", fillcolor=" + quote(colour))
                    + (n.id().equals(g.focus()) ? ", penwidth=3" : "") + "];");
        }
        for (MapEdge e : g.edges()) {
            String colour = style.edgeColour(e.relation());
            String tip = e.where() + (e.quote() == null ? "" : ": " + e.quote());
            w.println("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label=" + quote(style.edgeLabel(e.relation()))
                    + ", relation=" + quote(e.relation()) + ", color=" + quote(colour) + ", fontcolor=" + quote(colour)
                    + ", tooltip=" + quote(tip) + (e.confidence() == null ? "" : ", confidence=" + e.confidence()) + "];");
        }
        w.println("}");
        w.flush();
    }

    /** A DOT quoted string: {@code \} and {@code "} escaped, line ends as {@code \n}, other control characters as spaces. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        String clean = XmlText.clean(s).replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
