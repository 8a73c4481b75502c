package org.notegraph.extract.papers.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds author-year citations in prose and link text: {@code Smith et al. (2020)}, {@code Smith et al.
 * 2020}, {@code (Smith et al., 2020)}, {@code Smith and Lee (2019)}, {@code [Kim et al., ICML 2022]} and a
 * bare {@code Smith et al}. A citation needs "et al.", two names or more, or a single surname with
 * ", YEAR"; names joined by "and" without a year are not enough ("Tips and Tricks").
 */
public final class InTextCitations {
    private static final String PARTICLES = "(?:(?:van|von|de|der|den|da|di|del|della|le|la|du|dos|ter|ten)\\s+)*";
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{Ll}[\\p{L}\\p{M}'’\\-]*";
    private static final String NAME = "(?:\\p{Lu}\\.\\s*)*(?:" + WORD + "\\s+)?" + PARTICLES + WORD;
    private static final Pattern NAMES = Pattern.compile(
            "(?<![\\p{L}\\d])" + NAME + "(?:\\s*,\\s*" + NAME + ")*(?:,?\\s+(?:and|&)\\s+" + NAME + ")?"
                    + "(?<etal>,?\\s+et\\.?\\s*al\\b\\.?)?");
    private static final Pattern PAREN_YEAR = Pattern.compile("\\s*,?\\s*\\(\\s*((?:1[89]|20)\\d{2})[a-z]?\\s*\\)");
    private static final Pattern BARE_YEAR = Pattern.compile("(\\s*,\\s*|\\s+)((?:1[89]|20)\\d{2})[a-z]?(?![\\d\\p{L}])");
    private static final Pattern VENUE_PART = Pattern.compile("\\s*,\\s*([^,;()\\[\\]]{2,40}?)\\s*(?=[\\]);]|$)");

    private static final InTextCitations DEFAULTS = new InTextCitations(PersonNames.defaults(), VenueTags.defaults());

    private final PersonNames names;
    private final VenueTags venues;

    private InTextCitations(PersonNames names, VenueTags venues) {
        this.names = names;
        this.venues = venues;
    }

    /** The finder with the built-in name and venue rules. */
    public static InTextCitations defaults() {
        return DEFAULTS;
    }

    /** All author-year citations in the text, in order. */
    public List<InTextCitation> find(String text) {
        List<InTextCitation> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = NAMES.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Optional<InTextCitation> c = at(text, m.start(), m.end(), m.group("etal") != null);
            if (c.isPresent()) {
                out.add(c.get());
                from = c.get().end();
            } else {
                int space = text.indexOf(' ', m.start());
                from = space < 0 || space >= m.end() ? m.end() : space + 1;
            }
        }
        return out;
    }

    /** The citation that the whole text is (link text such as "Smith et al. 2020"), or empty. */
    public Optional<InTextCitation> whole(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.matches("(?s)\\[.*]|\\(.*\\)")) t = t.substring(1, t.length() - 1).strip();
        List<InTextCitation> found = find(t);
        if (found.size() != 1) return Optional.empty();
        InTextCitation c = found.get(0);
        if (c.start() != 0 || !t.substring(c.end()).matches("[\\s.,;:]*")) return Optional.empty();
        return Optional.of(c);
    }

    private Optional<InTextCitation> at(String text, int start, int end, boolean etAl) {
        Optional<NameList> list = names.whole(text.substring(start, end), true);
        if (list.isEmpty()) return Optional.empty();
        NameList n = list.get();
        int pos = end;
        Integer year = null;
        String venue = null;
        String series = null;
        boolean commaYear = false;
        Matcher py = PAREN_YEAR.matcher(text).region(pos, text.length());
        Matcher by = BARE_YEAR.matcher(text).region(pos, text.length());
        Matcher vp = VENUE_PART.matcher(text).region(pos, text.length());
        if (py.lookingAt()) {
            year = Integer.valueOf(py.group(1));
            pos = py.end();
        } else if (by.lookingAt()) {
            year = Integer.valueOf(by.group(2));
            commaYear = by.group(1).contains(",");
            pos = by.end();
        } else if (vp.lookingAt()) {
            Optional<VenueTag> v = venues.whole(vp.group(1));
            if (v.isPresent() && v.get().hasVenue() && v.get().year() != null) {
                year = v.get().year();
                venue = v.get().label();
                series = v.get().series();
                commaYear = true;
                pos = vp.end(1);
            }
        }
        boolean several = n.names().size() >= 2;
        if (!etAl && !several && !commaYear) return Optional.empty();
        if (!etAl && year == null) return Optional.empty();
        int spanEnd = etAl || year != null ? pos : n.end() + start;
        return Optional.of(new InTextCitation(n.names(), year, venue, series, start + n.start(), spanEnd));
    }
}
