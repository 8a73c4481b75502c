package org.notegraph.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a venue is a journal, a conference or a preprint server, read from its label by the
 * rules in {@code /export/venue-kinds.tsv}; the bibliography export chooses the entry type by it.
 */
final class VenueKinds {
    enum Kind { CONFERENCE, JOURNAL, PREPRINT }

    private record Rule(Kind kind, Pattern pattern) {}

    private static final String RESOURCE = "/export/venue-kinds.tsv";
    private final List<Rule> rules;

    private VenueKinds(List<Rule> rules) { this.rules = rules; }

    static VenueKinds defaults() {
        try (InputStream in = VenueKinds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
            List<Rule> rules = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 2) throw new IllegalStateException(RESOURCE + ":" + n + ": expected kind<TAB>pattern");
                rules.add(new Rule(Kind.valueOf(cols[0].strip().toUpperCase(java.util.Locale.ROOT)),
                        Pattern.compile(cols[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
            return new VenueKinds(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of the venue labelled so; null (no venue) is a preprint. */
    Kind of(String venueLabel) {
        if (venueLabel == null || venueLabel.isBlank()) return Kind.PREPRINT;
        for (Rule rule : rules) if (rule.pattern.matcher(venueLabel).find()) return rule.kind;
        return Kind.CONFERENCE;
    }
}
