package org.notegraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.notegraph.model.Namespaces;
import org.notegraph.notes.NoteReader;

/** What to build: the note inputs, extra include globs, the IRI base, the store, limits, and extra rules and vocabularies. */
public record BuildOptions(List<Path> inputs, List<String> includes, String base, Path db, long maxNoteBytes,
                           List<Path> urlRules, Path shapes, List<Path> vocabularies) {
    public BuildOptions {
        inputs = List.copyOf(inputs);
        includes = includes == null ? List.of() : List.copyOf(includes);
        base = base == null ? Namespaces.DEFAULT_BASE : base;
        maxNoteBytes = maxNoteBytes <= 0 ? NoteReader.DEFAULT_MAX_BYTES : maxNoteBytes;
        urlRules = urlRules == null ? List.of() : List.copyOf(urlRules);
        vocabularies = vocabularies == null ? List.of() : List.copyOf(vocabularies);
    }

    public BuildOptions(List<Path> inputs, List<String> includes, String base, Path db, long maxNoteBytes,
                        List<Path> urlRules, Path shapes) {
        this(inputs, includes, base, db, maxNoteBytes, urlRules, shapes, List.of());
    }

    public static BuildOptions of(List<Path> inputs, Path db) {
        return new BuildOptions(inputs, List.of(), null, db, 0, List.of(), null, List.of());
    }
}
