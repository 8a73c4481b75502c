package org.notegraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.notegraph.diag.Diagnostic;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.notes.NoteReader;

/**
 * What extraction read from each note, kept beside the store by content hash and note path, so an
 * incremental build re-extracts only notes whose content changed. Entries live in a folder named
 * after the fingerprint of the extraction code and rules: a new version of either starts afresh.
 * A damaged entry is ignored (the note is extracted again); the cache is never needed for a correct
 * result, only for speed.
 */
final class ExtractionCache {
    /** One note's extraction and the problems met while reading it. */
    record Entry(ExtractedNote note, List<Diagnostic> diagnostics) implements Serializable {}

    private final Path dir;

    ExtractionCache(Path storeDir, String fingerprint) {
        this.dir = folder(storeDir).resolve(fingerprint);
    }

    private ExtractionCache(String fingerprint, Path root) {
        this.dir = root.resolve(fingerprint);
    }

    /** The cache folder of a store. */
    static Path folder(Path storeDir) { return storeDir.resolve("notegraph-cache"); }

    /** A cache under a root folder that several builds share (entries of each fingerprint in their own folder). */
    static ExtractionCache shared(Path root, String fingerprint) { return new ExtractionCache(fingerprint, root); }

    static String key(String relativePath, String sha256) {
        return sha256 + "-" + NoteReader.sha256(relativePath.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    Optional<Entry> get(String relativePath, String sha256) {
        Path f = dir.resolve(key(relativePath, sha256));
        if (!Files.isRegularFile(f)) return Optional.empty();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16); ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(info -> {
                Class<?> c = info.serialClass();
                if (c == null || c.isPrimitive()) return java.io.ObjectInputFilter.Status.UNDECIDED;
                while (c.isArray()) c = c.getComponentType();
                String n = c.getName();
                boolean ours = n.startsWith("org.notegraph.") || n.startsWith("java.lang.") || n.startsWith("java.util.")
                        || c.isPrimitive();
                return ours ? java.io.ObjectInputFilter.Status.ALLOWED : java.io.ObjectInputFilter.Status.REJECTED;
            });
            Object o = ois.readObject();
            if (o instanceof Entry e && e.note().path().equals(relativePath) && e.note().sha256().equals(sha256)) {
                return Optional.of(e);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // a damaged or foreign entry: extract the note again
        }
        return Optional.empty();
    }

    void put(Entry entry) {
        try {
            Files.createDirectories(dir);
            Path f = dir.resolve(key(entry.note().path(), entry.note().sha256()));
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16); ObjectOutputStream oos = new ObjectOutputStream(out)) {
                oos.writeObject(entry);
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache only saves time; a build without it is still right
        }
    }

    /** Removes entries for notes no longer built and caches of other fingerprints. */
    void retain(Set<String> keys) {
        Path root = dir.getParent();
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> fingerprints = Files.list(root)) {
            for (Path fp : fingerprints.toList()) {
                try (Stream<Path> entries = Files.list(fp)) {
                    for (Path e : entries.toList()) {
                        if (!fp.equals(dir) || !keys.contains(e.getFileName().toString())) Files.deleteIfExists(e);
                    }
                }
                if (!fp.equals(dir)) Files.deleteIfExists(fp);
            }
        } catch (IOException e) {
            // leftovers cost only disk space
        }
    }
}
