package org.notegraph.extract.papers;

import java.util.Set;
import java.util.regex.Pattern;

/** When free text (an awesome-list item's lead, a heading) reads as a paper title. */
final class TitleRules {
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(\\S+)[.!]\\s+\\S");
    private static final Set<String> ABBREVIATIONS = Set.of("vs", "al", "etc", "e.g", "i.e", "cf", "fig", "eq", "no", "vol");
    private static final Set<String> DANGLING = Set.of("the", "a", "an", "this", "that", "these", "in", "see", "by",
            "from", "of", "and", "or", "to", "with", "for", "on", "at", "as", "our", "their", "its", "is", "are", "was", "also", "via");

    private TitleRules() {}

    /** Strips Markdown emphasis and link syntax, collapses white space, drops one trailing period. */
    static String clean(String text) {
        String t = text.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("(?<![\\p{L}\\p{N}])[*_]{1,3}|[*_]{1,3}(?![\\p{L}\\p{N}])", "")
                .replace("`", "")
                .replaceAll("\\s+", " ")
                .strip();
        t = unquoted(t);
        if (t.endsWith(".") && !t.endsWith("..")) t = t.substring(0, t.length() - 1).strip();
        return unquoted(t);
    }

    /** The text inside one pair of quotes that wraps it whole ("\"Title.\"" is Title.). */
    private static String unquoted(String t) {
        if (t.length() < 3) return t;
        boolean straight = t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1;
        boolean curly = t.startsWith("“") && t.endsWith("”") && t.indexOf('”') == t.length() - 1;
        return straight || curly ? t.substring(1, t.length() - 1).strip() : t;
    }

    /** A lead text that reads like a title: one capitalised phrase, not a sentence running into a link. */
    static boolean looksLikeTitle(String cleaned, int minWords) {
        if (cleaned.isEmpty() || cleaned.length() > 300) return false;
        int first = cleaned.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        String[] words = cleaned.split("\\s+");
        if (words.length < minWords || words.length > 40) return false;
        java.util.regex.Matcher m = SENTENCE_BREAK.matcher(cleaned);
        while (m.find()) {
            String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (word.length() > 1 && !ABBREVIATIONS.contains(word)) return false;
        }
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (DANGLING.contains(last)) return false;
        return !cleaned.endsWith(":") && !cleaned.endsWith(",") && !cleaned.endsWith("(");
    }
}
