package org.notegraph.diff;

import java.util.List;

/**
 * One thing that differs between two stores: a note, paper, relation or claim added, removed or
 * changed. {@code key} names it the same way in both stores (an IRI, or for a relation its ends and
 * relation, for a claim its note and text), {@code label} is for people, {@code where} says where
 * the notes state it ({@code file:line}, may be empty), {@code details} what changed.
 */
public record Change(Kind kind, Status status, String key, String label, String where, List<String> details)
        implements Comparable<Change> {
    /** What changed. */
    public enum Kind { NOTE, PAPER, RELATION, CLAIM }

    /** How it changed. */
    public enum Status { ADDED, REMOVED, CHANGED }

    public Change {
        where = where == null ? "" : where;
        details = List.copyOf(details);
    }

    @Override
    public int compareTo(Change o) {
        int c = kind.compareTo(o.kind);
        if (c == 0) c = status.compareTo(o.status);
        if (c == 0) c = label.compareTo(o.label);
        return c == 0 ? key.compareTo(o.key) : c;
    }
}
