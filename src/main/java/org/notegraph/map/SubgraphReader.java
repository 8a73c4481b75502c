package org.notegraph.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.notegraph.model.Relation;

/**
 * The one place a literature map's subgraph is chosen, for the {@code /map} page and the
 * {@code map} command alike. Centred on a resource, it walks the map's edges (relations, what
 * claims are about, the papers claims are attributed to, which notes mention which papers, wikilinks)
 * out to the depth asked for, both ways along each edge. A note is a stop on the walk, not a
 * bridge: the walk reaches the notes that mention what it found but goes on from a note only when
 * the note is the focus (a note listing a hundred papers would otherwise pull in all of them).
 * Beside what it walked, the map shows the notes each drawn relation or claim was stated in. The
 * whole graph (no focus) is every node of every edge, the best-connected first. Past the node limit
 * the walk stops, nearest and best-connected nodes kept, and the subgraph says it was cut.
 */
public final class SubgraphReader {
    private final DatasetGraph dsg;
    private final java.time.Duration timeout;

    /** Reads without a time limit (the CLI's {@code map}). */
    public SubgraphReader(DatasetGraph dsg) { this(dsg, null); }

    /** Reads with every query stopped after {@code timeout} (the server's limit), none when null. */
    public SubgraphReader(DatasetGraph dsg, java.time.Duration timeout) {
        this.dsg = dsg;
        this.timeout = timeout;
    }

    /** The subgraph asked for; {@link NoSuchElementException} when the focus is not in the dataset. */
    public Subgraph read(MapRequest request) {
        return Txn.calculateRead(dsg, () -> {
            List<MapEdge> edges = EdgeTable.read(dsg, timeout).edges().stream().filter(e -> request.allows(e.relation())).toList();
            NodeFacts facts = new NodeFacts(dsg);
            if (request.focus() != null && !facts.exists(request.focus())) {
                throw new NoSuchElementException("no resource " + request.focus() + " in the store");
            }
            Map<String, List<MapEdge>> incident = new HashMap<>();
            for (MapEdge e : edges) {
                incident.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
                incident.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
            }
            Map<String, Integer> depthOf = new LinkedHashMap<>();
            boolean truncated;
            if (request.focus() == null) truncated = whole(incident, request.maxNodes(), depthOf);
            else truncated = walk(request, incident, facts, depthOf);
            if (request.focus() != null && request.allows(EdgeTable.MENTIONS)) addStatingNotes(edges, depthOf, request.maxNodes());

            List<MapEdge> drawn = edges.stream().filter(e -> depthOf.containsKey(e.source()) && depthOf.containsKey(e.target()))
                    .sorted(EDGE_ORDER).toList();
            List<MapNode> nodes = new ArrayList<>();
            depthOf.forEach((id, depth) -> nodes.add(facts.node(id, depth)));
            nodes.sort(nodeOrder(request.focus()));
            Map<String, List<String>> noteTags = new HashMap<>();
            for (MapEdge e : drawn) noteTags.computeIfAbsent(e.note(), facts::tags);
            return new Subgraph(request.focus(), request.focus() == null ? 0 : request.depth(), nodes, drawn, truncated, noteTags);
        });
    }

    /** Every node of every edge, the best-connected first, at most {@code max}; true when some were left out. */
    private static boolean whole(Map<String, List<MapEdge>> incident, int max, Map<String, Integer> depthOf) {
        List<String> ids = new ArrayList<>(incident.keySet());
        ids.sort(Comparator.comparingInt((String id) -> -incident.get(id).size()).thenComparing(id -> id));
        for (String id : ids.subList(0, Math.min(max, ids.size()))) depthOf.put(id, 1);
        return ids.size() > max;
    }

    /** Breadth first from the focus; notes other than the focus are not walked on from. True when the limit cut it. */
    private static boolean walk(MapRequest request, Map<String, List<MapEdge>> incident, NodeFacts facts, Map<String, Integer> depthOf) {
        boolean truncated = false;
        ArrayDeque<String> queue = new ArrayDeque<>();
        depthOf.put(request.focus(), 0);
        queue.add(request.focus());
        while (!queue.isEmpty()) {
            String u = queue.poll();
            int d = depthOf.get(u);
            if (d >= request.depth() || (d > 0 && facts.isNote(u))) continue;
            List<String> next = new ArrayList<>();
            for (MapEdge e : incident.getOrDefault(u, List.of())) {
                String v = e.source().equals(u) ? e.target() : e.source();
                if (!depthOf.containsKey(v) && !next.contains(v)) next.add(v);
            }
            next.sort(Comparator.comparingInt((String v) -> -incident.getOrDefault(v, List.of()).size()).thenComparing(v -> v));
            for (String v : next) {
                if (depthOf.size() >= request.maxNodes()) {
                    truncated = true;
                    break;
                }
                depthOf.put(v, d + 1);
                queue.add(v);
            }
        }
        return truncated;
    }

    /** The notes the drawn relations and claims were stated in (depth -1), at most {@code max} of them. */
    private static void addStatingNotes(List<MapEdge> edges, Map<String, Integer> depthOf, int max) {
        Set<String> notes = new LinkedHashSet<>();
        for (MapEdge e : edges) {
            if (e.relation().equals(EdgeTable.MENTIONS) || e.relation().equals(EdgeTable.LINKS_TO)) continue;
            if (depthOf.containsKey(e.source()) && depthOf.containsKey(e.target()) && !depthOf.containsKey(e.note())) notes.add(e.note());
        }
        notes.stream().sorted().limit(max).forEach(n -> depthOf.put(n, -1));
    }

    /** The focus first, then by distance (the notes beside the walk last), label and IRI. */
    private static Comparator<MapNode> nodeOrder(String focus) {
        return Comparator.comparing((MapNode n) -> !n.id().equals(focus))
                .thenComparingInt(n -> n.depth() < 0 ? Integer.MAX_VALUE : n.depth())
                .thenComparing(n -> n.label().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(MapNode::id);
    }

    /** By note, line, the relations' order, then the rest by name, then id. */
    static final Comparator<MapEdge> EDGE_ORDER = Comparator.comparing(MapEdge::path)
            .thenComparingInt(MapEdge::line)
            .thenComparingInt(e -> Relation.named(e.relation()).map(Relation::ordinal).orElse(Relation.values().length))
            .thenComparing(MapEdge::relation)
            .thenComparing(MapEdge::id);
}
