package org.notegraph.extract.papers.fields;

import java.util.List;

/**
 * An author-year citation in prose or link text ("Smith et al. (2020)", "(Smith and Lee, 2019)",
 * "[Kim et al., ICML 2022]"): authors as written (an "et al." stays on the last name), the year and
 * venue when given, and the span {@code [start, end)} it covers.
 */
public record InTextCitation(List<String> authors, Integer year, String venue, String series, int start, int end) {
    public InTextCitation {
        authors = List.copyOf(authors);
    }
}
