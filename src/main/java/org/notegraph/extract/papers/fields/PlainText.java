package org.notegraph.extract.papers.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline Markdown reduced to its words, with a map back to the source: link syntax, emphasis marks,
 * code ticks, HTML tags, a footnote label or list number in front, and bare URLs are taken out, so
 * recognisers read plain words while spans still point into the text as written.
 */
final class PlainText {
    private static final Pattern LINK = Pattern.compile("!?\\[((?:[^\\[\\]]++|\\[[^\\[\\]]*+])*+)]\\(([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:\\[\\^[^\\]]+]:\\s*|(?:[-*+]|\\d{1,3}[.)]|\\[\\d{1,3}])\\s+)");
    private static final Pattern DROPPED = Pattern.compile(
            "<[^>\\n]{1,300}>|`+|(?<![\\p{L}\\p{N}])[*_]{1,3}|[*_]{1,3}(?![\\p{L}\\p{N}])|https?://[^\\s<>\"\\]]+|\\bdoi\\s*:\\s*10\\.\\S+",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private final int[] source;

    private PlainText(String text, int[] source) {
        this.text = text;
        this.source = source;
    }

    static PlainText of(String raw) {
        return of(raw, text -> false);
    }

    /** As {@link #of(String)}, and links whose text {@code dropLink} accepts ("[pdf](…)") are taken out whole. */
    static PlainText of(String raw, java.util.function.Predicate<String> dropLink) {
        boolean[] drop = new boolean[raw.length()];
        Matcher lead = LEAD.matcher(raw);
        if (lead.lookingAt()) mark(drop, 0, lead.end());
        Matcher link = LINK.matcher(raw);
        while (link.find()) {
            if (dropLink.test(link.group(1))) {
                mark(drop, link.start(), link.end());
                continue;
            }
            mark(drop, link.start(), link.start(1));
            mark(drop, link.end(1), link.end());
        }
        Matcher m = DROPPED.matcher(raw);
        while (m.find()) mark(drop, m.start(), m.end());
        StringBuilder b = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (drop[i]) continue;
            b.append(raw.charAt(i));
            map[n++] = i;
        }
        map[n] = raw.length();
        int[] source = new int[n + 1];
        System.arraycopy(map, 0, source, 0, n + 1);
        return new PlainText(b.toString(), source);
    }

    private static void mark(boolean[] drop, int from, int to) {
        for (int i = from; i < to; i++) drop[i] = true;
    }

    String text() {
        return text;
    }

    /** The source offset of plain offset {@code i} (a plain end offset maps just past its last character). */
    int sourceStart(int i) {
        return source[i];
    }

    int sourceEnd(int plainEnd) {
        return plainEnd == 0 ? source[0] : source[plainEnd - 1] + 1;
    }
}
