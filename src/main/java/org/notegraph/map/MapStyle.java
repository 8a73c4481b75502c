package org.notegraph.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.notegraph.extract.rules.RuleFile;

/**
 * The map's kinds of edge (the relations, {@code about}, {@code attributedTo}, {@code mentions},
 * {@code linksTo}) and of node (paper, method, phenomenon, claim, note, ...), each with the label
 * and colour every rendering uses: read once from {@code map/map-style.tsv} (presentation only, so not part of the extraction fingerprint), so the page, the
 * SVG, DOT and GraphML agree and a colour is changed in one place.
 */
public final class MapStyle {
    /** A kind of edge or node: its name in the data, its label on the map, its colour ({@code #rrggbb}). */
    public record Kind(String name, String label, String colour) {}

    static final String FILE = "map-style.tsv";
    private static final MapStyle STANDARD = load();

    private final List<Kind> edges;
    private final List<Kind> nodes;

    private MapStyle(List<Kind> edges, List<Kind> nodes) {
        this.edges = List.copyOf(edges);
        this.nodes = List.copyOf(nodes);
    }

    public static MapStyle standard() { return STANDARD; }

    /** The edge kinds in the order the legend lists them. */
    public List<Kind> edgeKinds() { return edges; }

    /** The node kinds in the order the legend lists them. */
    public List<Kind> nodeKinds() { return nodes; }

    public Optional<Kind> edge(String name) { return edges.stream().filter(k -> k.name().equals(name)).findFirst(); }

    public Optional<Kind> node(String name) { return nodes.stream().filter(k -> k.name().equals(name)).findFirst(); }

    /** An edge kind's colour, grey for one the file does not list. */
    public String edgeColour(String name) { return edge(name).map(Kind::colour).orElse("#777777"); }

    public String edgeLabel(String name) { return edge(name).map(Kind::label).orElse(name); }

    public String nodeColour(String name) { return node(name).map(Kind::colour).orElse("#999999"); }

    private static MapStyle load() {
        List<Kind> edges = new ArrayList<>();
        List<Kind> nodes = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.resourceLines("map/" + FILE)) {
            String[] f = line.text().split("\t");
            if (f.length != 4 || !f[3].matches("#[0-9a-fA-F]{6}") || !(f[0].equals("edge") || f[0].equals("node"))) {
                throw new IllegalStateException("map/" + FILE + ":" + line.number() + ": expected 'edge|node<TAB>name<TAB>label<TAB>#rrggbb'");
            }
            (f[0].equals("edge") ? edges : nodes).add(new Kind(f[1], f[2], f[3]));
        }
        return new MapStyle(edges, nodes);
    }
}
