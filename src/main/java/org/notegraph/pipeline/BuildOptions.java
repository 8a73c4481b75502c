package org.notegraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.notegraph.model.Namespaces;
import org.notegraph.notes.NoteReader;

/**
 * What to build: the note inputs, extra include globs, the IRI base, the store, limits, extra rules
 * and vocabularies, and the user's reference libraries (BibTeX or CSL-JSON) citation keys resolve against.
 */
public record BuildOptions(List<Path> inputs, List<String> includes, String base, Path db, long maxNoteBytes,
                           List<Path> urlRules, Path shapes, List<Path> vocabularies, List<Path> libraries) {
    public BuildOptions {
        inputs = List.copyOf(inputs);
        includes = includes == null ? List.of() : List.copyOf(includes);
        base = base == null ? Namespaces.DEFAULT_BASE : base;
        maxNoteBytes = maxNoteBytes <= 0 ? NoteReader.DEFAULT_MAX_BYTES : maxNoteBytes;
        urlRules = urlRules == null ? List.of() : List.copyOf(urlRules);
        vocabularies = vocabularies == null ? List.of() : List.copyOf(vocabularies);
        libraries = libraries == null ? List.of() : List.copyOf(libraries);
    }

    public BuildOptions(List<Path> inputs, List<String> includes, String base, Path db, long maxNoteBytes,
                        List<Path> urlRules, Path shapes, List<Path> vocabularies) {
        this(inputs, includes, base, db, maxNoteBytes, urlRules, shapes, vocabularies, List.of());
    }

    public BuildOptions(List<Path> inputs, List<String> includes, String base, Path db, long maxNoteBytes,
                        List<Path> urlRules, Path shapes) {
        this(inputs, includes, base, db, maxNoteBytes, urlRules, shapes, List.of(), List.of());
    }

    public static BuildOptions of(List<Path> inputs, Path db) {
        return new BuildOptions(inputs, List.of(), null, db, 0, List.of(), null, List.of(), List.of());
    }
}
