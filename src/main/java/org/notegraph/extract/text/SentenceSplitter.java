package org.notegraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a note's prose into sentences within list items, paragraphs, headings and table rows, so
 * that no sentence runs across a block; a period after an abbreviation or an initial ends none.
 */
public final class SentenceSplitter {
    private static final Pattern LIST_ITEM_LINE = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!;])\\s+(?=\\S)");
    private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "vs", "etc", "cf", "fig", "figs", "eq", "eqs", "sec", "approx", "temp", "resp", "ref", "refs",
            "tab", "avg", "std", "info", "incl", "w.r.t", "wrt", "esp");

    private SentenceSplitter() {}

    /** The sentences of a note, given its text and its {@link ProseText} (same offsets). */
    public static List<Sentence> split(String text, String prose) {
        List<Sentence> out = new ArrayList<>();
        int chunkStart = -1;
        int offset = 0;
        List<int[]> chunks = new ArrayList<>();
        while (offset <= text.length()) {
            int eol = text.indexOf('\n', offset);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(offset, end);
            boolean blank = line.isBlank();
            boolean breakBefore = blank || LIST_ITEM_LINE.matcher(line).find() || line.stripLeading().startsWith("#")
                    || line.stripLeading().startsWith("|");
            if (breakBefore && chunkStart >= 0) {
                chunks.add(new int[] {chunkStart, offset});
                chunkStart = -1;
            }
            if (!blank && chunkStart < 0) chunkStart = offset;
            if (line.stripLeading().startsWith("#") && chunkStart >= 0) {
                chunks.add(new int[] {chunkStart, end});
                chunkStart = -1;
            }
            if (eol < 0) break;
            offset = eol + 1;
        }
        if (chunkStart >= 0) chunks.add(new int[] {chunkStart, text.length()});
        for (int[] c : chunks) {
            int start = c[0];
            boolean first = true;
            Matcher m = SENTENCE_END.matcher(prose).region(c[0], c[1]);
            while (m.find()) {
                if (isAbbreviation(prose, m.start())) continue;
                add(out, prose, start, m.start(), first);
                first = false;
                start = m.end();
            }
            add(out, prose, start, c[1], first);
        }
        return out;
    }

    private static void add(List<Sentence> out, String prose, int start, int end, boolean first) {
        if (prose.substring(start, end).isBlank()) return;
        out.add(new Sentence(start, end, first));
    }

    private static boolean isAbbreviation(String prose, int periodEnd) {
        int i = periodEnd - 1;
        while (i >= 0 && Character.isWhitespace(prose.charAt(i))) i--;
        if (i < 0 || prose.charAt(i) != '.') return false;
        int j = i - 1;
        while (j >= 0 && (Character.isLetter(prose.charAt(j)) || prose.charAt(j) == '.')) j--;
        String word = prose.substring(j + 1, i).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1;
    }
}
