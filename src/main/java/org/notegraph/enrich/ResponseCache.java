package org.notegraph.enrich;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Every answer a service gave, on disk, so that no identifier is asked of a service twice: one
 * entry per source and lookup key in {@code <cache>/<source>/<sha1 of key>.meta} (the key, the
 * request URL without the contact address, the retrieval time, whether the service knew the work)
 * and, for a found work, the response body beside it ({@code .json} or {@code .xml}). "Not found"
 * is an answer and is kept too. Files are written to a temporary name and moved into place, so an
 * interrupted run leaves no half entry. Failed requests are not kept: a later run asks again.
 */
final class ResponseCache {
    /** One kept answer. {@code body} is {@code null} when the service did not know the work. */
    record Entry(String key, String url, Instant retrieved, boolean found, String body) {}

    private final Path root;

    ResponseCache(Path root) { this.root = root; }

    Path root() { return root; }

    Optional<Entry> get(String source, String key, String extension) {
        Path meta = file(source, key, "meta");
        if (!Files.isRegularFile(meta)) return Optional.empty();
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            if (!key.equals(p.getProperty("key"))) return Optional.empty();
            boolean found = Boolean.parseBoolean(p.getProperty("found"));
            Instant retrieved = Instant.parse(p.getProperty("retrieved"));
            String body = null;
            if (found) {
                Path b = file(source, key, extension);
                if (!Files.isRegularFile(b)) return Optional.empty();
                body = Files.readString(b, StandardCharsets.UTF_8);
            }
            return Optional.of(new Entry(key, p.getProperty("url"), retrieved, found, body));
        } catch (IOException | IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            return Optional.empty(); // an unreadable entry is asked for again
        }
    }

    void put(String source, Entry entry, String extension) {
        try {
            Files.createDirectories(root.resolve(source));
            if (entry.found()) write(file(source, entry.key(), extension), entry.body());
            Properties p = new Properties();
            p.setProperty("key", entry.key());
            p.setProperty("url", entry.url());
            p.setProperty("retrieved", entry.retrieved().toString());
            p.setProperty("found", Boolean.toString(entry.found()));
            Path meta = file(source, entry.key(), "meta");
            Path tmp = meta.resolveSibling(meta.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "notegraph enrich: one answer of " + source);
            }
            Files.move(tmp, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the enrich cache under " + root + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path file(String source, String key, String extension) {
        return root.resolve(source).resolve(sha1(key) + "." + extension);
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
