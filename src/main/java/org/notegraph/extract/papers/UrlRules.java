package org.notegraph.extract.papers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.rules.RuleFile;

/**
 * Classifies link targets with the rules of {@code url-rules.tsv}: the first rule whose pattern
 * matches the whole URL gives the kind and, for papers, the identifier it carries.
 */
public final class UrlRules {
    /** The outcome for one URL: its kind, the rule's name, and an identifier when the rule has one. */
    public record Match(LinkKind kind, String rule, IdScheme scheme, String id) {
        public static final Match UNKNOWN = new Match(LinkKind.UNKNOWN, "unknown-site", null, null);
    }

    private record Rule(String name, LinkKind kind, Pattern pattern, IdScheme scheme) {}

    private final List<Rule> rules = new ArrayList<>();

    public static UrlRules defaults() {
        UrlRules r = new UrlRules();
        r.addAll(RuleFile.classpath("url-rules.tsv"));
        return r;
    }

    /** Adds a user's rules in front of the built-in ones. */
    public UrlRules withFile(Path file) {
        UrlRules r = new UrlRules();
        r.addAll(RuleFile.file(file));
        r.rules.addAll(this.rules);
        return r;
    }

    private void addAll(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 3) throw new IllegalArgumentException("url rule needs name, kind, pattern: " + String.join("\t", row));
            LinkKind kind = LinkKind.valueOf(row[1].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            String schemeKey = row.length > 3 && !row[3].isBlank() && !row[3].trim().equals("-") ? row[3].trim() : null;
            IdScheme scheme = schemeKey == null ? null : IdScheme.named(schemeKey).orElse(null);
            if (schemeKey != null && scheme == null) continue; // names no scheme notegraph knows: yields no identifier, so never matches
            rules.add(new Rule(row[0].trim(), kind, Pattern.compile(row[2].trim(), Pattern.CASE_INSENSITIVE), scheme));
        }
    }

    /** A URL reduced to what tells two links apart: no scheme, no "www.", no fragment, no trailing slash. */
    public static String key(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "");
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        return u.replaceAll("/+$", "");
    }

    public Match classify(String url) {
        if (url == null || url.isBlank()) return new Match(LinkKind.NOT_PAPER, "empty-link", null, null);
        String u = url.strip();
        if (u.startsWith("#")) return new Match(LinkKind.NOT_PAPER, "anchor", null, null);
        if (!u.regionMatches(true, 0, "http://", 0, 7) && !u.regionMatches(true, 0, "https://", 0, 8)) {
            return new Match(LinkKind.NOT_PAPER, "not-web", null, null);
        }
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(u);
            if (m.matches()) {
                String id = null;
                if (rule.scheme != null) {
                    id = Identifiers.normalise(rule.scheme, m.group("id"));
                    if (id == null) continue;
                }
                return new Match(rule.kind, rule.name, rule.scheme, id);
            }
        }
        return Match.UNKNOWN;
    }
}
