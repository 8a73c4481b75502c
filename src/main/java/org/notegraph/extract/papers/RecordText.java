package org.notegraph.extract.papers;

import java.util.regex.Pattern;

/** A record's Markdown as plain words: link syntax, emphasis, code ticks and HTML tags taken out. */
final class RecordText {
    static final Pattern LINK = Pattern.compile("!?\\[((?:[^\\[\\]]++|\\[[^\\[\\]]*+])*+)]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern MARKUP = Pattern.compile("<[^>\\n]{1,300}>|`+|(?<![\\p{L}\\p{N}])[*_]{1,3}|[*_]{1,3}(?![\\p{L}\\p{N}])");

    private RecordText() {}

    static String plain(String s) {
        String t = LINK.matcher(s).replaceAll("$1");
        t = MARKUP.matcher(t).replaceAll(" ");
        return t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
