package org.notegraph.enrich;

import java.util.List;

/**
 * A paper as the store knows it from the notes: its IRI, the identifiers services are asked by, and
 * the title, authors, venue and year the notes write (absent when they write none), which win over
 * whatever a service says.
 */
public record KnownPaper(String iri, String arxivId, String doi, String aclId, String openreviewId,
                         String title, List<String> authors, String venue, Integer year) {
    public KnownPaper {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    boolean identified() { return arxivId != null || doi != null || aclId != null || openreviewId != null; }
}
