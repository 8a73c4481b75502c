package org.notegraph.diff;

import java.util.List;

/** What changed in the graph between two revisions of the notes, sorted by kind, status and label. */
public record DiffReport(Revision from, Revision to, String notesFolder, List<Change> changes) {
    public DiffReport {
        changes = changes.stream().sorted().toList();
    }

    public List<Change> of(Change.Kind kind, Change.Status status) {
        return changes.stream().filter(c -> c.kind() == kind && c.status() == status).toList();
    }

    public List<Change> of(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public boolean isEmpty() { return changes.isEmpty(); }
}
