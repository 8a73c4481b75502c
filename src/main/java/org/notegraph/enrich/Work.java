package org.notegraph.enrich;

import java.util.List;

/**
 * What one scholarly service says about a paper: its title, authors in order, venue and year, each
 * absent ({@code null}, empty list) when the service does not say. Text is whitespace-collapsed.
 */
public record Work(String title, List<String> authors, String venue, Integer year) {
    public Work {
        title = clean(title);
        venue = clean(venue);
        authors = authors == null ? List.of()
                : authors.stream().map(Work::clean).filter(a -> a != null).toList();
        if (year != null && (year < 1000 || year > 9999)) year = null;
    }

    /** Collapses runs of whitespace (services hard-wrap titles); blank becomes {@code null}. */
    static String clean(String s) {
        if (s == null) return null;
        String c = s.replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? null : c;
    }

    boolean isEmpty() { return title == null && authors.isEmpty() && venue == null && year == null; }
}
