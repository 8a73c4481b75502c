package org.notegraph.map;

import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A subgraph as JSON, for the {@code /map} page's script and {@code map --format json}:
 * {@code focus}, {@code depth}, {@code truncated}, {@code nodes} ({@code id, label, kind, ghost,
 * depth}, a note's {@code path} and {@code tags}, and {@code href} when pages serve it),
 * {@code edges} ({@code id, statement, source, target, relation, label, colour, quote, note, path,
 * line, endLine, where, confidence, rule}, and {@code noteHref}, {@code statementHref} when
 * served), and the legend: the {@code relations} and {@code kinds} present with label and colour,
 * the {@code notes} (paths) and {@code tags} the edges come from.
 */
public final class MapJson {
    private MapJson() {}

    /** {@code href} gives a resource's page (null: no links, as on the command line). */
    public static JsonObject json(Subgraph g, Function<String, String> href) {
        MapStyle style = MapStyle.standard();
        JsonObject root = new JsonObject();
        if (g.focus() == null) root.put("focus", JsonNull.instance);
        else root.put("focus", g.focus());
        root.put("depth", g.depth());
        root.put("truncated", g.truncated());
        JsonArray nodes = new JsonArray();
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> tags = new TreeSet<>();
        for (MapNode n : g.nodes()) {
            JsonObject o = new JsonObject();
            o.put("id", n.id());
            o.put("label", n.label());
            o.put("kind", n.kind());
            o.put("colour", style.nodeColour(n.kind()));
            o.put("ghost", n.ghost());
            o.put("depth", n.depth());
            if (n.path() != null) o.put("path", n.path());
            JsonArray t = new JsonArray();
            n.tags().forEach(t::add);
            o.put("tags", t);
            tags.addAll(n.tags());
            if (href != null && !n.id().startsWith(EdgeTable.UNRESOLVED)) o.put("href", href.apply(n.id()));
            nodes.add(o);
            kinds.add(n.kind());
        }
        JsonArray edges = new JsonArray();
        Set<String> relations = new LinkedHashSet<>();
        Set<String> notes = new TreeSet<>();
        for (MapEdge e : g.edges()) {
            JsonObject o = new JsonObject();
            o.put("id", e.id());
            o.put("statement", e.statement());
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("relation", e.relation());
            o.put("label", style.edgeLabel(e.relation()));
            o.put("colour", style.edgeColour(e.relation()));
            if (e.quote() == null) o.put("quote", JsonNull.instance);
            else o.put("quote", e.quote());
            o.put("note", e.note());
            o.put("path", e.path());
            o.put("line", e.line());
            o.put("endLine", e.endLine());
            o.put("where", e.where());
            if (e.confidence() == null) o.put("confidence", JsonNull.instance);
            else o.put("confidence", JsonNumber.value(e.confidence()));
            if (e.rule() == null) o.put("rule", JsonNull.instance);
            else o.put("rule", e.rule());
            JsonArray t = new JsonArray();
            g.tagsOf(e).forEach(t::add);
            tags.addAll(g.tagsOf(e));
            o.put("tags", t);
            if (href != null) {
                o.put("noteHref", href.apply(e.note()));
                o.put("statementHref", href.apply(e.statement()));
            }
            edges.add(o);
            relations.add(e.relation());
            notes.add(e.path());
        }
        root.put("nodes", nodes);
        root.put("edges", edges);
        JsonArray rel = new JsonArray();
        for (MapStyle.Kind k : style.edgeKinds()) if (relations.contains(k.name())) rel.add(kind(k));
        relations.stream().filter(r -> style.edge(r).isEmpty()).sorted().forEach(r -> rel.add(kind(new MapStyle.Kind(r, r, style.edgeColour(r)))));
        root.put("relations", rel);
        JsonArray kin = new JsonArray();
        for (MapStyle.Kind k : style.nodeKinds()) if (kinds.contains(k.name())) kin.add(kind(k));
        kinds.stream().filter(k -> style.node(k).isEmpty()).sorted().forEach(k -> kin.add(kind(new MapStyle.Kind(k, k, style.nodeColour(k)))));
        root.put("kinds", kin);
        JsonArray notesArray = new JsonArray();
        notes.forEach(notesArray::add);
        root.put("notes", notesArray);
        JsonArray tagsArray = new JsonArray();
        tags.forEach(tagsArray::add);
        root.put("tags", tagsArray);
        return root;
    }

    public static void write(Subgraph g, Function<String, String> href, OutputStream out) {
        JSON.write(out, json(g, href));
    }

    private static JsonObject kind(MapStyle.Kind k) {
        JsonObject o = new JsonObject();
        o.put("name", k.name());
        o.put("label", k.label());
        o.put("colour", k.colour());
        return o;
    }
}
