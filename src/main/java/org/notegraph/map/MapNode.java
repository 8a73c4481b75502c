package org.notegraph.map;

import java.util.List;

/**
 * A node of the literature map: a resource's IRI, its label, its kind ({@code paper},
 * {@code method}, {@code phenomenon}, {@code claim}, {@code note}, ...; see {@link MapStyle}),
 * whether it is a ghost (a paper the notes cite but none is a note of its own, a cited work no
 * paper answers, a dangling wikilink), the walk's distance from the focus (0 for the focus, -1
 * for a note shown only as the place where something was stated), and for a note its path and tags.
 */
public record MapNode(String id, String label, String kind, boolean ghost, int depth, String path, List<String> tags) {
    public MapNode {
        tags = List.copyOf(tags);
    }
}
