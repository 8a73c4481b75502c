package org.notegraph.export;

import java.util.List;

/**
 * One paper ready to be written as a bibliography entry: its citation key, the kind of its venue
 * (which picks {@code @inproceedings}, {@code @article} or {@code @misc}), its authors split into
 * name parts, and the links its identifiers give.
 */
record BibEntry(String key, VenueKinds.Kind kind, BibPaper paper, List<PersonName> authors) {
    /** The venue as a journal names it: its series ("JMLR"), else its label without a trailing year. */
    String journal() {
        if (paper.venueSeries() != null) return paper.venueSeries();
        return paper.venue() == null ? null : paper.venue().replaceAll("[\\s,]+\\d{4}$", "");
    }

    /** The venue as proceedings name it: its label as the notes write it ("ICLR 2020"). */
    String booktitle() { return paper.venue(); }

    /** The paper's page: OpenReview forum, arXiv abstract, ACL Anthology, else a link a note gives (none when a DOI says it all). */
    String url() {
        if (paper.openreview() != null) return "https://openreview.net/forum?id=" + paper.openreview();
        if (paper.arxiv() != null) return "https://arxiv.org/abs/" + paper.arxiv();
        if (paper.acl() != null) return "https://aclanthology.org/" + paper.acl();
        if (paper.doi() != null) return null;
        return paper.url();
    }
}
