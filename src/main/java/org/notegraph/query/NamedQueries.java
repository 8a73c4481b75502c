package org.notegraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The named SPARQL queries shipped in {@code queries/} (on the classpath), or any {@code .rq} file.
 * Each starts with a comment header saying what it answers.
 */
public final class NamedQueries {
    public static final List<String> SHIPPED = List.of("paper-mentions", "papers-in-several-notes",
            "papers-by-author", "papers-by-venue", "code-links", "notes-overview", "relations", "relations-all", "concepts",
            "claims", "contested-claims", "method-lineage", "phenomenon-dossier", "paper-evidence", "search", "gaps");

    private NamedQueries() {}

    /** A query's text by name ({@code paper-mentions}) or by file path ({@code my.rq}). */
    public static Optional<String> load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) {
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read query file " + file, e);
            }
        }
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        if (!name.matches("[A-Za-z0-9_\\-]+")) return Optional.empty();
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "answers:" line of a query's comment header, for listings. */
    public static String description(String queryText) {
        List<String> lines = new ArrayList<>();
        for (String line : queryText.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) break;
            lines.add(l.substring(1).strip());
        }
        for (String l : lines) if (l.toLowerCase().startsWith("answers:")) return l.substring(8).strip();
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
