package org.notegraph.extract.papers.fields;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a title as a note writes it: markup removed, white space collapsed, one trailing period
 * dropped, and what is not the title taken off: a leading author-year prefix ("Smith et al. (2020). "),
 * a leading venue or type tag ("[ICLR 2022] ", "(KDD 2021) ", "[survey] ", and any square-bracketed tag of
 * up to four words, since titles do not start with one), a glued venue prefix
 * ("ACL2020_Name"), a trailing venue tag ("(IJCAI2019)"), an appended translation in another script,
 * and an appended initialism of the title's own words ("Dataset Distillation (DD)").
 *
 * <p>An appended translation is dropped when the title starts with a Latin letter and the text from its
 * first Han, Hangul or Kana character on (or from a full-width parenthesis opening such text) holds
 * fewer Latin letters than the text before it. A title mainly in those scripts is kept whole.
 *
 * <p>An appended initialism is a final parenthesised word of two to eight letters, all upper case but
 * for at most one lower-case letter, whose letters equal the initials of the title's space-separated
 * words, with or without the lower-case short words (of, for, and, the ...). Hyphenated compounds count as
 * one word, so "Ladder Side-Tuning (LST)" keeps its parenthesis and "Dataset Distillation (DD)" does not.
 */
public final class TitleText {
    private static final Pattern LINK = Pattern.compile("!?\\[((?:[^\\[\\]]++|\\[[^\\[\\]]*+])*+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])[*_]{1,3}|[*_]{1,3}(?![\\p{L}\\p{N}])");
    private static final Pattern HTML = Pattern.compile("<[^>\\n]{1,300}>");
    private static final Pattern AFTER_PREFIX = Pattern.compile("^[\\s.:,;|\\-–—]*");
    private static final Pattern LEADING_TAG = Pattern.compile("^(?:\\[[^\\[\\]]{1,60}]|\\([^()]{1,60}\\)|（[^（）]{1,60}）|【[^【】]{1,40}】)");
    private static final Pattern TRAILING_TAG = Pattern.compile("\\s*(?:\\([^()]{1,40}\\)|（[^（）]{1,40}）|【[^【】]{1,40}】|\\[[^\\[\\]]{1,40}])$");
    private static final Pattern GLUED_PREFIX = Pattern.compile("^(\\p{L}+)((?:1[89]|20)\\d{2})[_\\-]+(?=\\S)");
    private static final Pattern INITIALISM = Pattern.compile("\\s*[(（]([\\p{Lu}\\p{Ll}]{2,8})[)）]$");
    private static final Pattern TYPE_TAG_WORDS = Pattern.compile("(?i)[\\p{L}\\s&/-]{1,40}");
    private static final Set<String> SHORT_WORDS = Set.of("of", "for", "and", "the", "a", "an", "in", "on", "to", "with", "via", "by", "at", "from");

    private static final TitleText DEFAULTS = new TitleText(VenueTags.defaults(), InTextCitations.defaults());

    private final VenueTags venues;
    private final InTextCitations citations;

    private TitleText(VenueTags venues, InTextCitations citations) {
        this.venues = venues;
        this.citations = citations;
    }

    /** The cleaner with the built-in venue and name rules. */
    public static TitleText defaults() {
        return DEFAULTS;
    }

    /** The title the text gives, cleaned; empty when nothing is left. */
    public String clean(String text) {
        if (text == null) return "";
        String t = LINK.matcher(text).replaceAll("$1");
        t = HTML.matcher(t).replaceAll(" ");
        t = EMPHASIS.matcher(t).replaceAll("").replace("`", "");
        t = t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        t = dropAuthorYearPrefix(t);
        t = dropLeadingTags(t);
        t = dropGluedPrefix(t);
        t = dropTrailingVenueTag(t);
        t = dropTranslation(t);
        t = dropInitialism(t);
        t = t.replaceAll("[\\s,;:]+$", "").strip();
        if (t.endsWith(".") && !t.endsWith("..")) t = t.substring(0, t.length() - 1).strip();
        t = stripQuotes(t);
        return t;
    }

    private String dropAuthorYearPrefix(String t) {
        List<InTextCitation> found = citations.find(t);
        if (found.isEmpty()) return t;
        InTextCitation c = found.get(0);
        if (c.start() != 0 || c.year() == null) return t;
        String rest = AFTER_PREFIX.matcher(t.substring(c.end())).replaceFirst("");
        return rest.isEmpty() ? t : rest;
    }

    private String dropLeadingTags(String t) {
        for (int i = 0; i < 3; i++) {
            Matcher m = LEADING_TAG.matcher(t);
            if (!m.find()) return t;
            String tag = m.group();
            String inner = tag.substring(1, tag.length() - 1).strip();
            boolean venue = venues.whole(tag).isPresent();
            boolean typeTag = !venue && isTypeTag(inner);
            boolean squareTag = tag.startsWith("[") && inner.split("\\s+").length <= 4;
            if (!venue && !typeTag && !squareTag) return t;
            String rest = AFTER_PREFIX.matcher(t.substring(m.end())).replaceFirst("");
            if (rest.isEmpty()) return t;
            t = rest;
        }
        return t;
    }

    /** A short bracketed tag that names a kind of work, not a venue ("[survey]", "[Benchmark]"). */
    private boolean isTypeTag(String inner) {
        if (!TYPE_TAG_WORDS.matcher(inner).matches()) return false;
        return venues.isTypeTag(inner);
    }

    private String dropGluedPrefix(String t) {
        Matcher m = GLUED_PREFIX.matcher(t);
        if (!m.find()) return t;
        Optional<VenueTag> v = venues.whole(m.group(1) + " " + m.group(2));
        if (v.isEmpty() || v.get().series() == null) return t;
        return t.substring(m.end());
    }

    private String dropTrailingVenueTag(String t) {
        Matcher m = TRAILING_TAG.matcher(t);
        if (!m.find() || m.start() == 0) return t;
        String tag = m.group().strip();
        Optional<VenueTag> v = venues.whole(tag);
        if (v.isEmpty()) return t;
        return t.substring(0, m.start()).strip();
    }

    private static String dropTranslation(String t) {
        if (t.isEmpty() || !Scripts.isLatinLetter(t.codePointAt(0))) return t;
        int cut = -1;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (Scripts.isCjk(c)) { cut = i; break; }
            if ((c == '（' || c == '(' || c == '【') && i + 1 < t.length() && Scripts.isCjk(t.codePointAt(i + 1))) { cut = i; break; }
            i += Character.charCount(c);
        }
        if (cut <= 0) return t;
        String before = t.substring(0, cut);
        String after = t.substring(cut);
        if (Scripts.latinLetters(after) >= Scripts.latinLetters(before)) return t;
        return before.replaceAll("[\\s:：,，;；\\-–—]+$", "").strip();
    }

    private static String dropInitialism(String t) {
        Matcher m = INITIALISM.matcher(t);
        if (!m.find() || m.start() == 0) return t;
        String abbreviation = m.group(1);
        long lower = abbreviation.chars().filter(Character::isLowerCase).count();
        if (lower > 1) return t;
        String head = t.substring(0, m.start()).strip();
        String[] words = head.split("\\s+");
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (bare.isEmpty()) continue;
            String initial = bare.substring(0, bare.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
            all.append(initial);
            if (!SHORT_WORDS.contains(bare.toLowerCase(Locale.ROOT))) content.append(initial);
        }
        String a = abbreviation.toUpperCase(Locale.ROOT);
        return a.contentEquals(all) || a.contentEquals(content) ? head : t;
    }

    private static String stripQuotes(String t) {
        if (t.length() >= 2 && "\"“'‘".indexOf(t.charAt(0)) >= 0 && "\"”'’".indexOf(t.charAt(t.length() - 1)) >= 0) {
            String inner = t.substring(1, t.length() - 1).strip();
            if (inner.endsWith(".") && !inner.endsWith("..")) inner = inner.substring(0, inner.length() - 1).strip();
            return inner;
        }
        return t;
    }
}
