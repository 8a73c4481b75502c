package org.notegraph.export;

import java.util.List;

/**
 * A resolved paper as a bibliography entry needs it: its authors in order (as written), title,
 * venue label and series, year and identifiers; any field may be null, the authors empty.
 * {@code url} is a link a note gives for it, used when no identifier gives one.
 */
record BibPaper(String iri, String title, List<String> authors, String venue, String venueSeries, Integer year,
                String arxiv, String doi, String openreview, String acl, String url) {}
