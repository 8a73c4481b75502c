package org.notegraph.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.notegraph.identity.IriMinter;

/**
 * Compares two stores of the same notes (two revisions) at the level a reader thinks in: notes
 * (their graphs), papers (their fields in the entities graph), relations (a subject, a relation, an
 * object, with the evidence the notes give for it) and claims (a note's claim by its text). Things
 * are matched by what they are, not by IRIs that depend on line numbers, so a note whose lines
 * moved does not show its claims and relations as removed and added again.
 */
public final class StoreDiff {
    private final IriMinter minter;

    public StoreDiff(String base) { this.minter = new IriMinter(base); }

    /** The changes from {@code from} to {@code to}; call inside read transactions of both. */
    public List<Change> compare(DatasetGraph from, DatasetGraph to) {
        StoreView a = new StoreView(from, minter);
        StoreView b = new StoreView(to, minter);
        List<Change> changes = new ArrayList<>(notes(a, b));
        changes.addAll(items(Change.Kind.PAPER, a.papers(), b.papers()));
        changes.addAll(items(Change.Kind.RELATION, a.relations(), b.relations()));
        changes.addAll(items(Change.Kind.CLAIM, a.claims(), b.claims()));
        return changes;
    }

    private static List<Change> notes(StoreView a, StoreView b) {
        Map<String, String> before = a.notes();
        Map<String, String> after = b.notes();
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.add(new Change(Change.Kind.NOTE, Change.Status.ADDED, e.getKey(), e.getValue(), e.getValue(), List.of()));
                continue;
            }
            Set<Triple> old = StoreView.triples(a.dataset().getGraph(NodeFactory.createURI(e.getKey())));
            Set<Triple> now = StoreView.triples(b.dataset().getGraph(NodeFactory.createURI(e.getKey())));
            if (old.equals(now)) continue;
            long added = now.stream().filter(t -> !old.contains(t)).count();
            long removed = old.stream().filter(t -> !now.contains(t)).count();
            changes.add(new Change(Change.Kind.NOTE, Change.Status.CHANGED, e.getKey(), e.getValue(), e.getValue(),
                    List.of("+" + added + " -" + removed + " statements")));
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                changes.add(new Change(Change.Kind.NOTE, Change.Status.REMOVED, e.getKey(), e.getValue(), e.getValue(), List.of()));
            }
        }
        return changes;
    }

    private static List<Change> items(Change.Kind kind, Map<String, StoreView.Item> before, Map<String, StoreView.Item> after) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, StoreView.Item> e : after.entrySet()) {
            StoreView.Item now = e.getValue();
            StoreView.Item old = before.get(e.getKey());
            if (old == null) {
                changes.add(new Change(kind, Change.Status.ADDED, e.getKey(), now.label(), now.where(), List.of()));
            } else if (!old.fields().equals(now.fields())) {
                changes.add(new Change(kind, Change.Status.CHANGED, e.getKey(), now.label(), now.where(),
                        details(old.fields(), now.fields())));
            }
        }
        for (Map.Entry<String, StoreView.Item> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                StoreView.Item old = e.getValue();
                changes.add(new Change(kind, Change.Status.REMOVED, e.getKey(), old.label(), old.where(), List.of()));
            }
        }
        return changes;
    }

    /** "title: -"Old" +"New"", one line per field whose values differ. */
    static List<String> details(SortedMap<String, SortedSet<String>> old, SortedMap<String, SortedSet<String>> now) {
        Set<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<String> details = new ArrayList<>();
        for (String f : fields) {
            SortedSet<String> o = old.getOrDefault(f, new TreeSet<>());
            SortedSet<String> n = now.getOrDefault(f, new TreeSet<>());
            if (o.equals(n)) continue;
            StringBuilder sb = new StringBuilder(f).append(':');
            for (String v : o) if (!n.contains(v)) sb.append(" -").append(v);
            for (String v : n) if (!o.contains(v)) sb.append(" +").append(v);
            details.add(sb.toString());
        }
        return details;
    }
}
