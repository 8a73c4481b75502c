package org.notegraph.extract.papers;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.rules.RuleFile;

/**
 * Recognises venues ({@code venues.tsv}): in an author line's italics ("*NeurIPS 2019*"), in a note's
 * title ("personal notes from ICLR2020") as the note's context, and which link hosts a context venue
 * applies to.
 */
public final class VenueRules {
    private record Series(String name, Pattern inText, List<String> hosts) {}

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9]\\d|20\\d{2})(?![0-9])");
    private final List<Series> series = new ArrayList<>();

    public static VenueRules defaults() {
        VenueRules r = new VenueRules();
        for (String[] row : RuleFile.classpath("venues.tsv")) {
            String name = row[0].trim();
            Pattern p = Pattern.compile("(?<![\\p{L}0-9])(?:" + row[1].trim() + ")[\\s\\-_']*((?:19|20)\\d{2}|'?\\d{2})?(?![\\p{L}0-9])",
                    Pattern.CASE_INSENSITIVE);
            List<String> hosts = row.length > 2 ? List.of(row[2].trim().split("\\s+")) : List.of();
            r.series.add(new Series(name, p, hosts));
        }
        return r;
    }

    /** A venue stated as such (e.g. an author line's italics): kept as written, series and year read off. */
    public Optional<Venue> parseStated(String text) {
        String t = text.strip().replaceAll("^[*_\\s]+|[*_\\s.,]+$", "");
        if (t.isEmpty() || t.length() > 80) return Optional.empty();
        Matcher y = YEAR.matcher(t);
        Integer year = y.find() ? Integer.parseInt(y.group(1)) : null;
        String name = null;
        for (Series s : series) {
            if (s.inText.matcher(t).find()) { name = s.name; break; }
        }
        if (name == null && year == null) return Optional.empty();
        return Optional.of(new Venue(t, name, year));
    }

    /** The first "SERIES YEAR" named in a note's title, heading or tags, as the note's context venue. */
    public Optional<Venue> contextVenue(String text) {
        if (text == null) return Optional.empty();
        for (Series s : series) {
            Matcher m = s.inText.matcher(text);
            while (m.find()) {
                String y = m.group(1);
                if (y == null) continue;
                y = y.replace("'", "");
                int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
                return Optional.of(new Venue(s.name + " " + year, s.name, year));
            }
        }
        return Optional.empty();
    }

    /** Whether a paper linked at {@code url} can be taken to appear at the context venue. */
    public boolean hostServes(Venue venue, String url) {
        if (venue.series() == null || url == null) return false;
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) return false;
        host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        for (Series s : series) {
            if (!s.name.equals(venue.series())) continue;
            for (String h : s.hosts) if (host.equals(h) || host.endsWith("." + h)) return true;
        }
        return false;
    }
}
