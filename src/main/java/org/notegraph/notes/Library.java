package org.notegraph.notes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The user's reference library by citation key: what {@code [@key]} citations and notes named by a
 * citation key resolve against. Keys compare as written (BibTeX keys are case-sensitive in pandoc);
 * a key defined twice keeps its first entry.
 */
public final class Library {
    public static final Library EMPTY = new Library(Map.of());

    private final Map<String, LibraryEntry> entries;

    public Library(Map<String, LibraryEntry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<LibraryEntry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public boolean isEmpty() { return entries.isEmpty(); }

    public int size() { return entries.size(); }

    public Collection<LibraryEntry> entries() { return entries.values(); }

    /** A stable digest of the library's content, so a change to it rebuilds the notes that cite it. */
    public String fingerprint() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        entries.values().forEach(e -> crc.update(e.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return Long.toHexString(crc.getValue()) + "-" + entries.size();
    }
}
