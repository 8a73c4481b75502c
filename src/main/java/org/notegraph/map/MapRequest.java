package org.notegraph.map;

import java.util.Set;

/**
 * Which subgraph to draw: centred on {@code focus} (an IRI; null for the whole graph) out to
 * {@code depth} steps, over the edge kinds in {@code relations} (empty: all), at most
 * {@code maxNodes} nodes walked (the notes shown beside them come on top, at most as many again).
 */
public record MapRequest(String focus, int depth, Set<String> relations, int maxNodes) {
    public static final int DEFAULT_DEPTH = 2;
    public static final int MAX_DEPTH = 6;
    public static final int DEFAULT_MAX_NODES = 250;

    public MapRequest {
        if (depth < 0 || depth > MAX_DEPTH) throw new IllegalArgumentException("depth must be between 0 and " + MAX_DEPTH + ", not " + depth);
        if (maxNodes < 1) throw new IllegalArgumentException("maxNodes must be positive");
        relations = Set.copyOf(relations);
    }

    public static MapRequest around(String focus, int depth) {
        return new MapRequest(focus, depth, Set.of(), DEFAULT_MAX_NODES);
    }

    public static MapRequest whole() {
        return new MapRequest(null, DEFAULT_DEPTH, Set.of(), DEFAULT_MAX_NODES);
    }

    boolean allows(String relation) {
        return relations.isEmpty() || relations.contains(relation);
    }
}
