package org.notegraph.pipeline;

import java.util.List;
import org.notegraph.diag.Diagnostic;
import org.notegraph.validate.ValidationResults;

/**
 * What a build did (validation is null when it was skipped): counts, time, the problems met in notes, the validation results, and how much
 * of it was new work (notes extracted rather than taken from the cache, note graphs rewritten, graphs
 * of removed notes dropped).
 */
public record BuildReport(int notesFound, int notesBuilt, int papers, int mentions, long quads, double seconds,
                          List<Diagnostic> diagnostics, ValidationResults validation, int notesExtracted,
                          int notesRewritten, int graphsDropped) {
    public BuildReport(int notesFound, int notesBuilt, int papers, int mentions, long quads, double seconds,
                       List<Diagnostic> diagnostics, ValidationResults validation) {
        this(notesFound, notesBuilt, papers, mentions, quads, seconds, diagnostics, validation, notesBuilt, notesBuilt, 0);
    }

    /** "3 extracted, 2 rewritten, 1 dropped": what an incremental build changed. */
    public String changes() {
        return notesExtracted + " extracted, " + notesRewritten + " rewritten, " + graphsDropped + " dropped";
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d notes, %d skipped, %d papers, %d mentions, %d triples, %.1f s; validation: %s; changes: %s",
                notesFound, notesFound - notesBuilt, papers, mentions, quads, seconds, validation == null ? "skipped" : validation.summary(), changes());
    }
}
