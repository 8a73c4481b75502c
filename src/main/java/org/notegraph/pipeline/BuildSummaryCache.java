package org.notegraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.notegraph.diag.Diagnostic;

/**
 * What the last build reported (its counts and the problems it met in notes, vocabularies and
 * identity), kept beside the store with the state of the store it describes (the state of
 * {@link ValidationCache#state}). A build that finds every note's hash and the fingerprint as they
 * were can report this instead of reading the cached extractions, resolving identity and writing
 * nothing. Any other state means the normal build; like the other caches it only saves time.
 */
final class BuildSummaryCache {
    /** One build's report, less its time, validation and changes. */
    record Summary(int notesBuilt, int papers, int mentions, List<Diagnostic> diagnostics) implements Serializable {}

    private record Saved(String state, Summary summary) implements Serializable {}

    private final Path file;

    BuildSummaryCache(Path storeDir) {
        this.file = storeDir.resolve("notegraph-build-summary.ser");
    }

    /** The summary saved for a store in this state, if any. */
    Optional<Summary> get(String state) {
        return StateFile.read(file, Saved.class, state, Saved::state).map(Saved::summary);
    }

    void put(String state, Summary summary) {
        StateFile.write(file, "summary", new Saved(state, summary));
    }
}
