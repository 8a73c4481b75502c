package org.notegraph.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which source each field of a paper is taken from: the first source (in the order asked) that
 * has the field; for the venue, the first that names one other than a preprint server, else the
 * first; the year comes with the chosen venue when that source has one (a preprint's year is not
 * the proceedings' year). The result maps each source to the fields taken from it.
 */
final class Choice {
    private Choice() {}

    static Map<Answer, Work> of(List<Answer> answers) {
        Answer title = null, authors = null, venue = null, preprintVenue = null, year = null;
        for (Answer a : answers) {
            Work w = a.work();
            if (w == null) continue;
            if (title == null && w.title() != null) title = a;
            if (authors == null && !w.authors().isEmpty()) authors = a;
            if (w.venue() != null) {
                if (!Preprints.isPreprint(w.venue())) { if (venue == null) venue = a; }
                else if (preprintVenue == null) preprintVenue = a;
            }
            if (year == null && w.year() != null) year = a;
        }
        if (venue == null) venue = preprintVenue;
        if (venue != null && venue.work().year() != null) year = venue;
        Map<Answer, Work> out = new LinkedHashMap<>();
        for (Answer a : answers) {
            if (a.work() == null) continue;
            Work w = a.work();
            Work taken = new Work(a == title ? w.title() : null, a == authors ? w.authors() : List.of(),
                    a == venue ? w.venue() : null, a == year ? w.year() : null);
            if (!taken.isEmpty()) out.put(a, taken);
        }
        return out;
    }
}
