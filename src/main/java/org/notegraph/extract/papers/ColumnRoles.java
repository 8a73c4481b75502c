package org.notegraph.extract.papers;

import org.notegraph.extract.rules.RuleFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table column holds, read from its header ({@code record-columns.tsv}), and what a labelled
 * line ("Authors: …", "Date: …") states. A header with a typing slip ("Ttle") still names its column.
 */
final class ColumnRoles {
    enum Role { TITLE, AUTHORS, VENUE, YEAR, DATE, NOT_AUTHORS, LINKS }

    /** A labelled line: what its label says it holds, and the value after the label. */
    record Labelled(Role role, String value) {}

    private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{L} ()]{2,30}?)\\s*[:：]\\s*(\\S.*)$");

    private final Map<String, Role> roles = new HashMap<>();

    static ColumnRoles defaults() {
        ColumnRoles c = new ColumnRoles();
        for (String[] row : RuleFile.classpath("record-columns.tsv")) {
            if (row.length < 2) continue;
            Role role = Role.valueOf(row[0].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            c.roles.put(row[1].trim().toLowerCase(Locale.ROOT), role);
        }
        return c;
    }

    /** The role of a column by its header, or null when the header names none. */
    Role roleOf(String header) {
        String h = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[*_`:]", "").strip();
        if (h.isEmpty()) return null;
        Role exact = roles.get(h);
        if (exact != null) return exact;
        String[] words = h.split("[\\s/&,]+");
        for (String w : words) {
            Role r = roles.get(w);
            if (r != null) return r;
        }
        if (words.length == 1 && h.length() >= 4) {
            for (Map.Entry<String, Role> e : roles.entrySet()) {
                if (e.getKey().length() >= 5 && oneEditApart(h, e.getKey())) return e.getValue();
            }
        }
        return null;
    }

    /** A line "Label: value" whose label names a role (a date label gives the year). */
    Optional<Labelled> labelled(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.matches()) return Optional.empty();
        Role r = roles.get(m.group(1).strip().toLowerCase(Locale.ROOT));
        if (r == null || r == Role.TITLE || r == Role.LINKS || r == Role.NOT_AUTHORS) return Optional.empty();
        return Optional.of(new Labelled(r == Role.DATE ? Role.YEAR : r, m.group(2).strip()));
    }

    /** Whether one insertion, deletion or substitution turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) return true;
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) { i++; j++; continue; }
            if (edited) return false;
            edited = true;
            if (la > lb) i++;
            else if (lb > la) j++;
            else { i++; j++; }
        }
        return !edited || (i == la && j == lb);
    }

    List<String> headersOf(Role role) {
        return roles.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).sorted().toList();
    }
}
