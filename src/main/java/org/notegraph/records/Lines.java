package org.notegraph.records;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.notes.LineIndex;

/** Splits a stretch of a note into its lines, and a cell into the lines its {@code <br>} tags make. */
final class Lines {
    static final Pattern BREAK = Pattern.compile("<\\s*/?\\s*br\\s*/?\\s*>", Pattern.CASE_INSENSITIVE);

    private Lines() {}

    /** The source lines that overlap {@code [start, end)}, each without indentation, quote markers or trailing blanks; blank lines left out. */
    static List<Segment> of(String text, LineIndex index, int start, int end) {
        List<Segment> out = new ArrayList<>();
        end = Math.min(end, text.length());
        int pos = Math.max(0, start);
        while (pos < end) {
            int eol = text.indexOf('\n', pos);
            int lineEnd = eol < 0 || eol > end ? end : eol;
            trimmed(text, pos, lineEnd, true).ifPresent(out::add);
            if (eol < 0 || eol >= end) break;
            pos = eol + 1;
        }
        return out;
    }

    /** A cell's content split at {@code <br>} tags, each part trimmed; blank parts left out. */
    static List<Segment> breaks(String text, int start, int end) {
        List<Segment> out = new ArrayList<>();
        Matcher m = BREAK.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            trimmed(text, from, m.start(), false).ifPresent(out::add);
            from = m.end();
        }
        trimmed(text, from, end, false).ifPresent(out::add);
        return out;
    }

    private static java.util.Optional<Segment> trimmed(String text, int from, int to, boolean quoteMarkers) {
        int s = from;
        while (s < to && (Character.isWhitespace(text.charAt(s)) || (quoteMarkers && text.charAt(s) == '>'))) s++;
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > s ? java.util.Optional.of(new Segment(s, e)) : java.util.Optional.empty();
    }

    /** As {@link #breaks} for a cell of an HTML block that starts at {@code base} in the note. */
    static List<Segment> breaksOf(String html, int base, int start, int end) {
        List<Segment> local = breaks(html, start - base, end - base);
        List<Segment> out = new ArrayList<>(local.size());
        for (Segment s : local) out.add(new Segment(s.start() + base, s.end() + base));
        return out;
    }
}
