package org.notegraph.notes;

import java.util.List;

/**
 * One work of the user's reference library (a BibTeX or CSL-JSON export): its citation key, title,
 * authors in order, venue, year and identifiers as the library states them; any may be null.
 */
public record LibraryEntry(String key, String title, List<String> authors, String venue, Integer year,
                           String doi, String arxiv, String url, String source) implements java.io.Serializable {
    public LibraryEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
