package org.notegraph.notes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A note's front matter (YAML, read with a safe YAML 1.2 loader, or TOML). Keys are compared
 * case-insensitively; values are kept as loaded (strings, numbers, lists, maps) and read through
 * typed accessors; {@code keyLines} gives the 1-based line of each top-level key.
 */
public record FrontMatter(Map<String, Object> values, int firstLine, int lastLine, Map<String, Integer> keyLines) {
    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), 0, 0);

    public FrontMatter(Map<String, Object> values, int firstLine, int lastLine) {
        this(values, firstLine, lastLine, Map.of());
    }

    public FrontMatter {
        Map<String, Object> lower = new LinkedHashMap<>();
        values.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT).trim(), v));
        values = java.util.Collections.unmodifiableMap(lower);
        keyLines = Map.copyOf(keyLines);
    }

    /** The line of a top-level key, or the block's first line when it is not known. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key.toLowerCase(Locale.ROOT), firstLine);
    }

    public boolean isEmpty() { return values.isEmpty(); }

    /** A scalar value as text (numbers and dates included), if present and not blank. */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof Map || v instanceof Collection) return Optional.empty();
        String s = v.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A list value; a scalar is split on commas (or on {@code " and "} when {@code splitAnd}). */
    public List<String> list(String key, boolean splitAnd) {
        Object v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            for (Object o : c) if (o != null && !(o instanceof Map) && !o.toString().isBlank()) out.add(o.toString().strip());
        } else if (v != null && !(v instanceof Map)) {
            String s = v.toString();
            String[] parts = splitAnd ? s.split(",|;|\\s+and\\s+") : s.split("[,;]");
            for (String p : parts) if (!p.isBlank()) out.add(p.strip());
        }
        return out;
    }

    public Optional<String> title() { return string("title"); }

    public Optional<String> date() { return string("date"); }

    public List<String> tags() {
        List<String> all = new ArrayList<>(list("tags", false));
        all.addAll(list("categories", false));
        return all;
    }

    public List<String> authors() {
        List<String> a = list("authors", true);
        return a.isEmpty() ? list("author", true) : a;
    }
}
