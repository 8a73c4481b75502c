package org.notegraph.identity;

import java.util.List;
import org.notegraph.diag.Diagnostic;

/** The outcome of identity resolution over a set of notes, with what it found wrong across notes (dangling wikilinks). */
public record Resolution(List<ResolvedNote> notes, List<ResolvedPaper> papers, List<Diagnostic> diagnostics) {
    public Resolution {
        notes = List.copyOf(notes);
        papers = List.copyOf(papers);
        diagnostics = List.copyOf(diagnostics);
    }

    public Resolution(List<ResolvedNote> notes, List<ResolvedPaper> papers) {
        this(notes, papers, List.of());
    }

    public int mentionCount() {
        return notes.stream().mapToInt(n -> n.mentions().size()).sum();
    }
}
