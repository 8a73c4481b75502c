package org.notegraph.identity;

import java.util.List;

/** The outcome of identity resolution over a set of notes. */
public record Resolution(List<ResolvedNote> notes, List<ResolvedPaper> papers) {
    public Resolution {
        notes = List.copyOf(notes);
        papers = List.copyOf(papers);
    }

    public int mentionCount() {
        return notes.stream().mapToInt(n -> n.mentions().size()).sum();
    }
}
