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
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file); ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(info -> {
                Class<?> c = info.serialClass();
                if (c == null || c.isPrimitive()) return ObjectInputFilter.Status.UNDECIDED;
                while (c.isArray()) c = c.getComponentType();
                String n = c.getName();
                boolean ours = n.startsWith("org.notegraph.") || n.startsWith("java.lang.") || n.startsWith("java.util.")
                        || c.isPrimitive();
                return ours ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
            });
            if (ois.readObject() instanceof Saved s && s.state().equals(state)) return Optional.of(s.summary());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // damaged or foreign: build normally
        }
        return Optional.empty();
    }

    void put(String state, Summary summary) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), "summary", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream oos = new ObjectOutputStream(out)) {
                oos.writeObject(new Saved(state, summary));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next build runs in full
        }
    }
}
