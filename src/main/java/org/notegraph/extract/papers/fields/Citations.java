package org.notegraph.extract.papers.fields;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one reference string in the usual styles: APA ({@code Last, F., & Last, F. (2019). Title. Venue,
 * 7(2), 1-17.}), APA with quoted titles, IEEE ({@code F. Last and F. Last, "Title," in Proc. X, 2019.}),
 * MLA, ACL ({@code First Last and First Last. 2019. Title. In Proceedings of X.}), numbered lists and
 * books. A string is a citation only when it gives authors and a title, or a title, a known venue and a
 * year; a sentence of prose, a repository or a web page with its URL is not.
 */
public final class Citations {
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)arxiv\\s*:\\s*(\\d{4}\\.\\d{4,5})(?:v\\d+)?|arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})(?:v\\d+)?");
    private static final Pattern DOI = Pattern.compile("(?i)(?:\\bdoi\\s*:\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/[^\\s\"<>\\]]+)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"\\])]+(?:\\([^\\s()]*\\)[^\\s<>\"\\])]*)?");
    private static final Pattern SKIP = Pattern.compile("[\\s.,:;]*");
    private static final Pattern PAREN_YEAR = Pattern.compile(
            "\\(\\s*((?:1[89]|20)\\d{2})[a-z]?\\s*(?:,\\s*[^()]{1,30})?\\)|\\(\\s*n\\.\\s?d\\.\\s*\\)");
    private static final Pattern BARE_YEAR = Pattern.compile("((?:1[89]|20)\\d{2})[a-z]?(?=[.,]\\s)");
    private static final Pattern LABEL_DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern LEADING_TAG = Pattern.compile("\\s*(\\[[^\\[\\]]{1,60}]|\\([^()]{1,60}\\))[\\s\\-–—:]*");
    private static final int MAX_LABEL = 80;
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\[([^\\[\\]]{1,30})]\\s*$");
    private static final Pattern VOLUME_NOTE = Pattern.compile("(?i)\\s*\\((?:vol|volume|no|ed|eds)\\.?[^)]*\\)$|\\s*\\(\\d+(?:st|nd|rd|th)\\s+ed\\.?\\)$");
    private static final Pattern VENUE_START = Pattern.compile(
            "(?i)\\s*(?:in[:\\s]|proceedings|proc\\.|journal|transactions|arxiv|preprint|\\(|(?:1[89]|20)\\d{2}|$)");
    private static final Set<String> ABBREVIATIONS = Set.of("vol", "no", "pp", "vs", "e.g", "i.e", "al", "inc", "ed",
            "eds", "fig", "eq", "cf", "proc", "st", "dr", "mr", "ms", "jr", "sr");
    private static final Set<Character> OPENING_QUOTES = Set.of('"', '“', '„', '«', '‘');
    private static final int MAX_LENGTH = 3000;

    private static final Citations DEFAULTS = new Citations(PersonNames.defaults(), VenueTags.defaults());

    private final PersonNames names;
    private final VenueTags venues;

    private Citations(PersonNames names, VenueTags venues) {
        this.names = names;
        this.venues = venues;
    }

    /** The reader with the built-in name and venue rules. */
    public static Citations defaults() {
        return DEFAULTS;
    }

    /** The citation the text is, or empty when it is not one. */
    public Optional<Citation> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) return Optional.empty();
        PlainText plain = PlainText.of(text, linkText -> venues.isTypeTag(linkText.replaceAll("[\\[\\]]", "").strip()));
        String p = plain.text();
        Optional<Citation> c = parseAt(text, plain, 0, null);
        if (c.isPresent()) return c;
        Matcher tag = LEADING_TAG.matcher(p);
        if (tag.lookingAt()) {
            c = parseAt(text, plain, tag.end(), venues.whole(tag.group(1)).orElse(null));
            if (c.isPresent()) return c;
        }
        Matcher dash = LABEL_DASH.matcher(p);
        if (dash.find() && dash.start() < MAX_LABEL) {
            c = parseAt(text, plain, dash.end(), venues.whole(p.substring(0, dash.start())).orElse(null));
        }
        return c;
    }

    /**
     * Reads a citation from plain offset {@code from}; {@code label} is a venue or year tag the note put
     * in front ("[NeurIPS 2021] - ", "2022 - "), used when the citation itself states none.
     */
    private Optional<Citation> parseAt(String raw, PlainText plain, int from, VenueTag label) {
        String p = plain.text();
        Optional<NameList> authors = names.leading(p.substring(from), true);
        int pos = from;
        Integer year = null;
        if (authors.isPresent()) {
            pos = from + authors.get().end();
            pos = skip(p, pos);
            Matcher y = PAREN_YEAR.matcher(p).region(pos, p.length());
            Matcher bare = BARE_YEAR.matcher(p).region(pos, p.length());
            if (y.lookingAt()) {
                if (y.group(1) != null) year = Integer.valueOf(y.group(1));
                pos = skip(p, y.end());
            } else if (bare.lookingAt()) {
                year = Integer.valueOf(bare.group(1));
                pos = skip(p, bare.end());
            } else if (isWeak(authors.get()) && !startsQuote(p, pos)) {
                return Optional.empty();
            }
        }
        int[] title = title(p, pos);
        if (title == null) return Optional.empty();
        boolean quoted = startsQuote(p, pos);
        String titleText = cleanTitle(dropTypeTags(p.substring(title[0], title[1])));
        if (titleText.isEmpty() || !titleText.codePoints().anyMatch(Character::isLetter)) return Optional.empty();
        if (!quoted && Character.isLowerCase(titleText.codePointAt(0))) return Optional.empty();
        if (!quoted && venues.whole(titleText).isPresent()) return Optional.empty();

        String rest = p.substring(Math.min(title[2], p.length()));
        VenueTag venue = venue(rest);
        boolean venueStated = venue != null && venue.hasVenue();
        if (year == null && venue != null) year = venue.year();
        if (year == null) {
            for (VenueTag t : venues.find(rest)) if (t.year() != null) { year = t.year(); break; }
        }
        if (venue == null && label != null && label.hasVenue()) venue = label;
        if (year == null && label != null) year = label.year();
        String venueLabel = venue == null ? null : venue.label();
        String series = venue == null ? null : venue.series();
        if (authors.isPresent() && year == null && !quoted && !venueStated && !isSeveral(authors.get())) return Optional.empty();
        if (authors.isEmpty()) {
            boolean delimited = quoted || title[1] < p.length();
            if (!delimited || !venueStated) return Optional.empty();
            boolean knownVenue = series != null || quoted && venueLabel != null;
            if (!knownVenue || year == null) return Optional.empty();
        }
        if (year == null) year = trailingYear(rest);
        int start = plain.sourceStart(title[0]);
        int end = plain.sourceEnd(title[0] + trimmedLength(p.substring(title[0], title[1]), titleText));
        return Optional.of(new Citation(authors.map(NameList::names).orElse(List.of()), titleText, start, end,
                venueLabel, series, year, arxiv(raw), doi(raw), url(raw)));
    }

    /**
     * A year standing alone after the title, as reference styles that end with volume, pages and
     * year put it ("…, vol. 3, pp. 1–9, 2019, doi: …"); identifiers and URLs are not read for it.
     */
    private static Integer trailingYear(String rest) {
        String r = IDENTIFIER_OR_URL.matcher(rest).replaceAll(" ");
        Matcher m = STANDALONE_YEAR.matcher(r);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static final Pattern IDENTIFIER_OR_URL = Pattern.compile("(?i)\\b(?:doi|arxiv|isbn|issn)\\s*:?\\s*\\S+|\\b10\\.\\d{4,9}/\\S+|\\S+://\\S+");
    private static final Pattern STANDALONE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}./\\-–])(19[5-9]\\d|20\\d\\d)(?![\\p{L}\\p{N}/\\-–]|\\.\\d)");

    /** Bare surnames or names in Han/Hangul/Kana script alone need a year or a quoted title after them. */
    private static boolean isWeak(NameList names) {
        if (names.etAl()) return false;
        return names.surnamesOnly() || names.names().stream().allMatch(n -> Scripts.cjkLetters(n) > 0);
    }

    /** Two names or more, or one with "et al.": a list no title phrase is mistaken for. */
    private static boolean isSeveral(NameList names) {
        return names.etAl() || names.names().size() >= 2 && !names.surnamesOnly();
    }

    private VenueTag venue(String rest) {
        String r = rest.strip();
        if (r.isEmpty()) return null;
        Optional<VenueTag> whole = venues.stated(r);
        if (whole.isPresent()) return whole.get();
        int cut = sentenceEnd(r, 0);
        if (cut > 0 && cut < r.length()) return venues.stated(r.substring(0, cut)).orElse(null);
        return null;
    }

    private static int skip(String p, int pos) {
        Matcher m = SKIP.matcher(p).region(pos, p.length());
        return m.lookingAt() ? m.end() : pos;
    }

    private static boolean startsQuote(String p, int pos) {
        return pos < p.length() && OPENING_QUOTES.contains(p.charAt(pos));
    }

    /** The title's plain span {start, end} and where the rest begins, or null when no title starts here. */
    private static int[] title(String p, int pos) {
        if (pos >= p.length()) return null;
        char c = p.charAt(pos);
        if (OPENING_QUOTES.contains(c)) {
            char close = switch (c) {
                case '“', '„' -> '”';
                case '«' -> '»';
                case '‘' -> '’';
                default -> '"';
            };
            int end = p.indexOf(close, pos + 1);
            if (end < 0 && c == '„') end = p.indexOf('“', pos + 1);
            if (end < 0) return null;
            return new int[] {pos + 1, end, skip(p, end + 1)};
        }
        int end = sentenceEnd(p, pos);
        if (end <= pos) return null;
        int restFrom = end < p.length() && p.charAt(end) == '.' ? end + 1 : end;
        if (end < p.length() && (p.charAt(end) == '?' || p.charAt(end) == '!')) {
            end++;
            restFrom = end;
        }
        return new int[] {pos, end, skip(p, restFrom)};
    }

    /**
     * Where the sentence starting at {@code pos} ends: the first period followed by white space (or the
     * end) that is outside parentheses and ends no abbreviation, or a "?"/"!" followed by what starts a venue.
     */
    private static int sentenceEnd(String p, int pos) {
        int depth = 0;
        for (int i = pos; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            if (depth > 0) continue;
            boolean boundary = i + 1 >= p.length() || Character.isWhitespace(p.charAt(i + 1));
            if (!boundary) continue;
            if (c == '.') {
                int w = i;
                while (w > pos && (Character.isLetter(p.charAt(w - 1)) || p.charAt(w - 1) == '.')) w--;
                String word = p.substring(w, i).toLowerCase(java.util.Locale.ROOT);
                if (ABBREVIATIONS.contains(word) || i - w == 1 && Character.isUpperCase(p.charAt(w))) continue;
                return i;
            }
            if ((c == '?' || c == '!') && VENUE_START.matcher(p).region(i + 1, p.length()).lookingAt()) return i;
        }
        return p.length();
    }

    /** Bracketed type tags left after a title ("Title [PDF]"). */
    private String dropTypeTags(String t) {
        Matcher m = TRAILING_BRACKET.matcher(t);
        while (m.find() && venues.isTypeTag(m.group(1))) {
            t = t.substring(0, m.start());
            m = TRAILING_BRACKET.matcher(t);
        }
        return t;
    }

    private static String cleanTitle(String t) {
        String s = t.replaceAll("\\s+", " ").strip();
        s = s.replaceAll("[\\s,;:\\-–—|]+$", "").strip();
        s = VOLUME_NOTE.matcher(s).replaceAll("").strip();
        if (s.endsWith(".") && !s.endsWith("..")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** The length of the raw title slice that the cleaned title still covers (trailing marks cut off). */
    private static int trimmedLength(String slice, String cleaned) {
        if (cleaned.isEmpty()) return 0;
        String last = cleaned.substring(cleaned.length() - 1);
        int at = slice.lastIndexOf(last);
        return at < 0 ? slice.length() : at + 1;
    }

    private static String arxiv(String raw) {
        Matcher m = ARXIV.matcher(raw);
        if (!m.find()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String doi(String raw) {
        Matcher m = DOI.matcher(raw);
        return m.find() ? m.group(1).replaceAll("[.,;)]+$", "") : null;
    }

    private static String url(String raw) {
        Matcher m = URL.matcher(raw);
        return m.find() ? m.group().replaceAll("[.,;]+$", "") : null;
    }
}
