package org.notegraph.diff;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The diff for people: a heading naming both revisions, then per kind (notes, papers, relations,
 * claims) the counts and one line per change, {@code +} added, {@code -} removed, {@code ~} changed,
 * with where the notes state it and, under a change, what changed.
 */
public final class TextReport {
    private TextReport() {}

    public static void write(DiffReport report, PrintWriter out) {
        String folder = report.notesFolder().isEmpty() ? "the repository's top folder" : report.notesFolder() + "/";
        out.println("notegraph diff " + report.from().describe() + " → " + report.to().describe() + ", notes in " + folder);
        if (report.isEmpty()) {
            out.println("no changes in the graph");
            return;
        }
        for (Change.Kind kind : Change.Kind.values()) {
            List<Change> changes = report.of(kind);
            out.println(section(kind) + ": " + counts(report, kind));
            for (Change c : changes) {
                String label = kind == Change.Kind.NOTE || kind == Change.Kind.RELATION ? c.label() : StoreView.quote(c.label());
                StringBuilder line = new StringBuilder("  ").append(sign(c.status())).append(' ').append(label);
                if (kind != Change.Kind.NOTE && !c.where().isEmpty()) line.append("  (").append(c.where()).append(')');
                if (kind == Change.Kind.PAPER) line.append("  <").append(c.key()).append('>');
                if (kind == Change.Kind.NOTE && !c.details().isEmpty()) line.append("  ").append(String.join("; ", c.details()));
                out.println(line);
                if (kind != Change.Kind.NOTE) for (String d : c.details()) out.println("      " + d);
            }
        }
        out.flush();
    }

    private static String counts(DiffReport report, Change.Kind kind) {
        return String.format(Locale.ROOT, "%d added, %d removed, %d changed",
                report.of(kind, Change.Status.ADDED).size(), report.of(kind, Change.Status.REMOVED).size(),
                report.of(kind, Change.Status.CHANGED).size());
    }

    static String section(Change.Kind kind) {
        return switch (kind) {
            case NOTE -> "notes";
            case PAPER -> "papers";
            case RELATION -> "relations";
            case CLAIM -> "claims";
        };
    }

    private static char sign(Change.Status status) {
        return switch (status) {
            case ADDED -> '+';
            case REMOVED -> '-';
            case CHANGED -> '~';
        };
    }
}
