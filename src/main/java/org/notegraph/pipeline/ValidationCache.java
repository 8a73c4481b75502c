package org.notegraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.notegraph.notes.NoteReader;
import org.notegraph.validate.ValidationResults;

/**
 * The last build's SHACL results, kept beside the store with the state of the store they describe
 * (a hash of every note graph's content hash and the extraction fingerprint, which together fix the
 * dataset a build writes). A build that finds the store in that state validates only what it
 * changed and takes the rest from here; any other state (a crash between the store's commit and
 * this file, a build without validation, other shapes) means a full validation. Like the
 * extraction cache it only saves time.
 */
final class ValidationCache {
    private record Saved(String state, ValidationResults results) implements Serializable {}

    private final Path file;

    ValidationCache(Path storeDir) {
        this.file = storeDir.resolve("notegraph-validation.ser");
    }

    /** The state of a store holding these note graphs (IRI → content hash), built with this fingerprint. */
    static String state(Map<String, String> noteHashes, String fingerprint) {
        StringBuilder sb = new StringBuilder(fingerprint).append('\n');
        new TreeMap<>(noteHashes).forEach((iri, hash) -> sb.append(iri).append(' ').append(hash).append('\n'));
        return NoteReader.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The results saved for a store in this state, if any. */
    Optional<ValidationResults> get(String state) {
        return StateFile.read(file, Saved.class, state, Saved::state).map(Saved::results);
    }

    void put(String state, ValidationResults results) {
        StateFile.write(file, "validation", new Saved(state, results));
    }
}
