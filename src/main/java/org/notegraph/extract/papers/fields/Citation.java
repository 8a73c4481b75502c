package org.notegraph.extract.papers.fields;

import java.util.List;

/**
 * One reference read from a citation string. Authors are in order and as written; the title is as
 * written without quotes, markup or a single trailing period, and covers {@code [titleStart, titleEnd)}
 * of the input; {@code venue} is the venue label without year, volume or pages ({@code series} its
 * canonical name when known). Any field but {@code authors} and {@code title} may be null.
 */
public record Citation(List<String> authors, String title, int titleStart, int titleEnd, String venue, String series,
        Integer year, String arxiv, String doi, String url) {
    public Citation {
        authors = List.copyOf(authors);
    }
}
