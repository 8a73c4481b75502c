package org.notegraph.map;

import java.util.List;
import java.util.Map;

/**
 * The part of the graph a literature map shows: the focus (null for the whole graph), the depth
 * walked, the nodes (the focus first, then by distance and label) and edges (by note, line and
 * kind), whether the node limit cut the walk short, and the tags of every note an edge was read
 * from (by note IRI; the page filters by them). Every rendering (the page's JSON, SVG, DOT,
 * GraphML) is drawn from one of these.
 */
public record Subgraph(String focus, int depth, List<MapNode> nodes, List<MapEdge> edges, boolean truncated,
                       Map<String, List<String>> noteTags) {
    public Subgraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        noteTags = Map.copyOf(noteTags);
    }

    /** The tags of the note an edge was read from. */
    public List<String> tagsOf(MapEdge e) {
        return noteTags.getOrDefault(e.note(), List.of());
    }
}
