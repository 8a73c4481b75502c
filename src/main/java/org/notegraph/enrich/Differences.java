package org.notegraph.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a source disagrees with the notes, field by field, for the report (the notes' value is kept
 * either way). Titles differ when their letters and digits differ; authors when a surname the notes
 * write is not the source's at that position; venues when neither name contains the other (a
 * preprint server is no disagreement); years when they differ, unless the source gives a preprint's.
 */
final class Differences {
    private Differences() {}

    static List<Difference> of(KnownPaper paper, String label, Answer answer) {
        List<Difference> out = new ArrayList<>();
        Work w = answer.work();
        if (w == null) return out;
        String s = answer.source();
        if (paper.title() != null && w.title() != null && !Titles.key(paper.title()).equals(Titles.key(w.title()))) {
            out.add(new Difference(label, "title", paper.title(), s, w.title()));
        }
        if (!paper.authors().isEmpty() && !w.authors().isEmpty() && !sameAuthors(paper.authors(), w.authors())) {
            out.add(new Difference(label, "authors", String.join("; ", paper.authors()), s, String.join("; ", w.authors())));
        }
        boolean preprint = Preprints.isPreprint(w.venue());
        if (paper.venue() != null && w.venue() != null && !preprint) {
            String a = Titles.key(paper.venue()), b = Titles.key(w.venue());
            if (!a.contains(b) && !b.contains(a)) out.add(new Difference(label, "venue", paper.venue(), s, w.venue()));
        }
        if (paper.year() != null && w.year() != null && !preprint && !paper.year().equals(w.year())) {
            out.add(new Difference(label, "year", paper.year().toString(), s, w.year().toString()));
        }
        return out;
    }

    /** The notes' authors (possibly the first few) have the source's surnames at the same positions. */
    static boolean sameAuthors(List<String> notes, List<String> source) {
        if (notes.size() > source.size()) return false;
        for (int i = 0; i < notes.size(); i++) {
            if (!surname(notes.get(i)).equals(surname(source.get(i)))) return false;
        }
        return true;
    }

    private static String surname(String name) {
        String n = name.strip();
        if (n.contains(",")) n = n.substring(0, n.indexOf(','));   // "Kaplan, Jared"
        else n = n.substring(n.lastIndexOf(' ') + 1);
        return Titles.key(n);
    }
}
