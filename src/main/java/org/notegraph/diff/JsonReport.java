package org.notegraph.diff;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The diff for programs: {@code from} and {@code to} (revision name, commit, subject; commit null for
 * the working tree), {@code notesFolder}, then {@code notes}, {@code papers}, {@code relations} and
 * {@code claims}, each with {@code added}, {@code removed} and {@code changed} lists of
 * {@code {key, label, where, details}}.
 */
public final class JsonReport {
    private JsonReport() {}

    public static JsonObject json(DiffReport report) {
        JsonObject root = new JsonObject();
        root.put("from", revision(report.from()));
        root.put("to", revision(report.to()));
        root.put("notesFolder", report.notesFolder());
        for (Change.Kind kind : Change.Kind.values()) {
            JsonObject section = new JsonObject();
            for (Change.Status status : Change.Status.values()) {
                JsonArray list = new JsonArray();
                for (Change c : report.of(kind, status)) list.add(change(c));
                section.put(status.name().toLowerCase(Locale.ROOT), list);
            }
            root.put(TextReport.section(kind), section);
        }
        return root;
    }

    public static void write(DiffReport report, OutputStream out) {
        JSON.write(out, json(report));
    }

    private static JsonObject revision(Revision r) {
        JsonObject o = new JsonObject();
        o.put("name", r.name());
        if (r.commit() == null) o.put("commit", org.apache.jena.atlas.json.JsonNull.instance); else o.put("commit", r.commit());
        if (r.subject() == null) o.put("subject", org.apache.jena.atlas.json.JsonNull.instance); else o.put("subject", r.subject());
        return o;
    }

    private static JsonObject change(Change c) {
        JsonObject o = new JsonObject();
        o.put("key", c.key());
        o.put("label", c.label());
        o.put("where", c.where());
        JsonArray details = new JsonArray();
        c.details().forEach(details::add);
        o.put("details", details);
        return o;
    }
}
