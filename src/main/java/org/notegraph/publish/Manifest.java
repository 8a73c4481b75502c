package org.notegraph.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one target is known to hold: graph IRI → content hash of what it acknowledged, kept in the
 * store folder ({@code notegraph-publish/<hash of the URL>.tsv}), one file per target.
 *
 * <p>The file is a journal: a line is appended (and flushed) for each step, and only after the
 * target answered it. {@code pending G} is written before a graph is sent, {@code sent H G} after
 * the target acknowledged content H, {@code deleted G} after it acknowledged the deletion. A
 * publish killed at any moment leaves at worst a torn last line (ignored on reading) and graphs
 * marked pending: those are neither trusted as up to date nor forgotten, so the next publish sends
 * them again if the store still has them and deletes them if it does not. {@link #compact} rewrites
 * the journal as a snapshot through a temporary file and an atomic rename.
 */
public final class Manifest {
    /** The hash recorded for a graph that was being sent when the last publish stopped. */
    public static final String PENDING = "pending";

    private final Path file;
    private final String target;
    private final Map<String, String> hashes;

    private Manifest(Path file, String target, Map<String, String> hashes) {
        this.file = file;
        this.target = target;
        this.hashes = hashes;
    }

    /** The manifest file of a target inside a store folder. */
    public static Path fileFor(Path storeFolder, URI target) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(target.toString().getBytes(StandardCharsets.UTF_8));
            return storeFolder.resolve("notegraph-publish").resolve(HexFormat.of().formatHex(d, 0, 8) + ".tsv");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the manifest of a target (empty when it was never published to). */
    public static Manifest load(Path storeFolder, URI target) {
        Path file = fileFor(storeFolder, target);
        Map<String, String> hashes = new TreeMap<>();
        if (Files.exists(file)) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the publish manifest " + file, e);
            }
            int end = text.lastIndexOf('\n');
            // a line without its newline was torn by a kill: it never happened
            for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) apply(hashes, line);
        }
        return new Manifest(file, target.toString(), hashes);
    }

    private static void apply(Map<String, String> hashes, String line) {
        String[] f = line.split("\t");
        if (f.length == 2 && f[0].equals("pending")) hashes.put(f[1], PENDING);
        else if (f.length == 3 && f[0].equals("sent")) hashes.put(f[2], f[1]);
        else if (f.length == 2 && f[0].equals("deleted")) hashes.remove(f[1]);
        // "#" lines and anything else (a future format) are comments
    }

    /** Graph IRI → the hash the target holds, or {@link #PENDING}. */
    public Map<String, String> hashes() { return Collections.unmodifiableMap(hashes); }

    /** The graphs the target may hold. */
    public Set<String> graphs() { return new TreeSet<>(hashes.keySet()); }

    public Path file() { return file; }

    /** Before a graph is sent: the target may hold something of it from now on. */
    public void pending(String graph) {
        hashes.put(graph, PENDING);
        append("pending\t" + graph);
    }

    /** After the target acknowledged a graph's content. */
    public void sent(String graph, String hash) {
        hashes.put(graph, hash);
        append("sent\t" + hash + "\t" + graph);
    }

    /** After the target acknowledged a graph's deletion. */
    public void deleted(String graph) {
        hashes.remove(graph);
        append("deleted\t" + graph);
    }

    /** Rewrites the journal as a snapshot of the current state (temporary file, then an atomic rename). */
    public void compact() {
        StringBuilder sb = new StringBuilder(header());
        hashes.forEach((g, h) -> sb.append(h.equals(PENDING) ? "pending\t" + g : "sent\t" + h + "\t" + g).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publish manifest " + file, e);
        }
    }

    private String header() {
        return "# notegraph publish manifest for " + target.replace('\n', ' ') + "\n";
    }

    private void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(((fresh ? header() : "") + line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publish manifest " + file, e);
        }
    }
}
