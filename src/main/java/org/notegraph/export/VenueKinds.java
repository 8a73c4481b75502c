package org.notegraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.notegraph.extract.rules.RuleFile;

/**
 * Whether a venue is a journal, a conference or a preprint server, read from its label by the
 * rules in {@code /export/venue-kinds.tsv}; the bibliography export chooses the entry type by it.
 */
final class VenueKinds {
    enum Kind { CONFERENCE, JOURNAL, PREPRINT }

    private record Rule(Kind kind, Pattern pattern) {}

    private static final String RESOURCE = "export/venue-kinds.tsv";
    private final List<Rule> rules;

    private VenueKinds(List<Rule> rules) { this.rules = rules; }

    static VenueKinds defaults() {
        List<Rule> rules = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.resourceLines(RESOURCE)) {
            String[] cols = line.text().split("\t");
            if (cols.length != 2) throw new IllegalStateException(RESOURCE + ":" + line.number() + ": expected kind<TAB>pattern");
            rules.add(new Rule(Kind.valueOf(cols[0].strip().toUpperCase(java.util.Locale.ROOT)),
                    Pattern.compile(cols[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return new VenueKinds(List.copyOf(rules));
    }

    /** The kind of the venue labelled so; null (no venue) is a preprint. */
    Kind of(String venueLabel) {
        if (venueLabel == null || venueLabel.isBlank()) return Kind.PREPRINT;
        for (Rule rule : rules) if (rule.pattern.matcher(venueLabel).find()) return rule.kind;
        return Kind.CONFERENCE;
    }
}
