package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.serve.pages.Views.Fragment;

/**
 * The text around the words of a search, for the search page: the words are read from the Lucene
 * syntax the search box takes (phrases, {@code +word}, {@code field:word}, {@code prefix*}; words
 * after {@code -} or {@code NOT} are left out), the text of a hit that holds most of them is cut
 * to a window around the first, and each occurrence is marked. The fragments are plain text; the
 * template escapes them and wraps the marked ones in {@code <mark>}.
 */
final class Snippets {
    /** Characters shown before the first match, and at most in all. */
    static final int BEFORE = 60;
    static final int WIDTH = 220;

    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");
    private static final Pattern TOKEN = Pattern.compile("([-+!]?)(?:[\\p{L}\\p{N}_]+:)?\"([^\"]*)\"|([-+!]?)(?:[\\p{L}\\p{N}_]+:)?([\\p{L}\\p{N}][\\p{L}\\p{N}'*?]*)");

    private final Pattern words;

    private Snippets(Pattern words) { this.words = words; }

    /** The words of a search; null when it has none to mark. */
    static Snippets of(String search) {
        List<String> alternatives = new ArrayList<>();
        boolean negateNext = false;
        Matcher m = TOKEN.matcher(search == null ? "" : search);
        while (m.find()) {
            boolean phrase = m.group(2) != null;
            String sign = phrase ? m.group(1) : m.group(3);
            String text = phrase ? m.group(2) : m.group(4);
            if (!phrase && OPERATORS.contains(text.toLowerCase(Locale.ROOT)) && text.equals(text.toUpperCase(Locale.ROOT))) {
                negateNext = text.equalsIgnoreCase("not");
                continue;
            }
            boolean negated = negateNext || sign.equals("-") || sign.equals("!");
            negateNext = false;
            if (negated) continue;
            for (String w : text.split("[^\\p{L}\\p{N}*?]+")) {
                String core = w.replaceAll("[*?]+$", "");
                if (core.isEmpty() || core.contains("*") || core.contains("?")) continue;
                boolean prefix = !core.equals(w);
                alternatives.add(Pattern.quote(core.toLowerCase(Locale.ROOT)) + (prefix ? "[\\p{L}\\p{N}]*" : ""));
            }
        }
        if (alternatives.isEmpty()) return null;
        alternatives.sort((a, b) -> b.length() - a.length());
        return new Snippets(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * The best window of the texts with the words marked; empty when no text holds any of them.
     * A text that only repeats {@code shown} (the hit's name, which the page shows anyway) is
     * taken only when no other text holds the words.
     */
    List<Fragment> snippet(List<String> texts, String shown) {
        String best = null;
        int bestCount = 0;
        for (String t : texts) {
            if (t == null) continue;
            String flat = t.replaceAll("\\s+", " ").strip();
            int n = (int) words.matcher(flat).results().count();
            if (n > 0 && shown != null && flat.equals(shown.replaceAll("\\s+", " ").strip())) n = 0;
            if (n > bestCount) {
                best = flat;
                bestCount = n;
            }
        }
        if (best == null) return shown == null ? List.of() : snippet(texts, null);
        Matcher first = words.matcher(best);
        first.find();
        int start = Math.max(0, first.start() - BEFORE);
        if (start > 0) {
            int space = best.indexOf(' ', start);
            start = space >= 0 && space < first.start() ? space + 1 : start;
        }
        int end = Math.min(best.length(), start + WIDTH);
        if (end < best.length()) {
            int space = best.lastIndexOf(' ', end);
            Matcher last = words.matcher(best.substring(0, end));
            int lastMatchEnd = 0;
            while (last.find()) lastMatchEnd = last.end();
            if (space > lastMatchEnd) end = space;
        }
        String window = best.substring(start, end);
        List<Fragment> out = new ArrayList<>();
        if (start > 0) out.add(new Fragment("… ", false));
        Matcher m = words.matcher(window);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(new Fragment(window.substring(at, m.start()), false));
            out.add(new Fragment(m.group(), true));
            at = m.end();
        }
        if (at < window.length()) out.add(new Fragment(window.substring(at), false));
        if (end < best.length()) out.add(new Fragment(" …", false));
        return out;
    }
}
