package org.notegraph.build;

import java.util.List;
import org.notegraph.diag.Diagnostic;
import org.notegraph.validate.ValidationResults;

/** What a build did: counts, time, the problems met in notes, and the validation results. */
public record BuildReport(int notesFound, int notesBuilt, int papers, int mentions, long quads, double seconds,
                          List<Diagnostic> diagnostics, ValidationResults validation) {
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d notes, %d skipped, %d papers, %d mentions, %d triples, %.1f s; validation: %s",
                notesFound, notesFound - notesBuilt, papers, mentions, quads, seconds, validation.summary());
    }
}
