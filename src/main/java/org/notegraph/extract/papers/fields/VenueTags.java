package org.notegraph.extract.papers.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds venue and year statements: tags ({@code [ICLR 2022]}, {@code (CVPR 2021)}, {@code （EMNLP2019）},
 * {@code **ICML 2020**}, {@code 【2016】}), glued labels ({@code NeurIPS'19}, {@code ACL2020_Name}), date
 * cells ({@code 2020, ICLR 2021}: the venue's year wins) and long forms ("Advances in Neural Information
 * Processing Systems, 30"), with the label as written minus year, presentation type, volume and pages,
 * and the canonical series when {@code venues.tsv} or {@code venue-forms.tsv} knows it. Tags that say
 * what kind of work it is ({@code [survey]}, {@code [code]}) are not venues.
 */
public final class VenueTags {
    private record Form(String series, Pattern pattern, Pattern withYear, boolean longForms) {}

    private record Reading(String label, String series, Integer year) {}

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\d])";
    /** "Proc. NeurIPS", "In Proceedings of the ICML": the venue is the acronym that follows (a long name keeps its words). */
    private static final Pattern PROCEEDINGS_PREFIX = Pattern.compile("(?i)(?:in\\s+)?(?:proc\\.?|proceedings)\\s+(?:of\\s+)?(?:the\\s+)?");
    private static final Pattern[] BRACKETS = {
            Pattern.compile("\\[([^\\[\\]\\n]{1,80})]"),
            Pattern.compile("\\(([^()\\n]{1,80})\\)"),
            Pattern.compile("（([^（）\\n]{1,80})）"),
            Pattern.compile("【([^【】\\n]{1,40})】"),
            Pattern.compile("\\*\\*([^*\\n]{1,80})\\*\\*"),
            Pattern.compile("(?<!\\*)\\*([^*\\n]{1,80})\\*(?!\\*)"),
            Pattern.compile("(?<![\\p{L}\\d_])_([^_\\n]{1,80})_(?![\\p{L}\\d_])"),
    };
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile("(?<=\\p{L})\\s?['’‘](\\d{2})(?!\\d)");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?<!\\d)(" + Years.FOUR_DIGITS + ")[a-z]?(?!\\d)");
    private static final Pattern ACRONYM_APOSTROPHE = Pattern.compile(NOT_WORD_BEFORE + "(\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*)['’](\\d{2})(?!\\d)");
    private static final Pattern ARXIV_ID = Pattern.compile("(?i)arxiv\\s*:\\s*\\d{4}\\.\\d{4,5}(?:v\\d+)?|\\b\\d{4}\\.\\d{4,5}(?:v\\d+)?\\b");
    private static final Pattern ARXIV_PREPRINT = Pattern.compile("(?i)arxiv\\s+preprint(?:\\s+arxiv\\s*:\\s*\\d{4}\\.\\d{4,5}(?:v\\d+)?)?");
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^(?:(?:published|appeared|to appear|accepted)\\s+(?:in|at)|in|at)\\s*:?\\s+|^in:\\s*");
    private static final Pattern PAGES = Pattern.compile("(?i)\\s*\\(\\s*pp?\\.?\\s*\\d.*$|,?\\s*\\b(?:pp?\\.|pages?)\\s*\\d.*$");
    private static final Pattern VOLUME_NOTE = Pattern.compile("(?i)\\s*\\((?:vol|volume|no)\\.?\\s*\\d+[^)]*\\)|,?\\s*\\b(?:vol\\.|volume|no\\.)\\s*\\d+.*$");
    private static final Pattern VOLUME_ISSUE = Pattern.compile(",?\\s*\\d+\\s*\\(\\s*\\d+[^)]*\\)\\s*(?:[:,]\\s*[a-z]?\\d+(?:\\s*[-–]\\s*\\d+)?)?");
    private static final Pattern TRAILING_NUMBERS = Pattern.compile("(?:,\\s*|:\\s*)(?!" + Years.FOUR_DIGITS + "\\s*$)[a-z]?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*$");
    private static final Pattern DATE_TAIL = Pattern.compile("(?i),\\s*" + Years.MONTH + "\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?,?\\s*(?:" + Years.FOUR_DIGITS + ")?\\s*$");
    private static final Pattern PLACE_TAIL = Pattern.compile(",\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?\\s*$");
    private static final Pattern PUBLISHER = Pattern.compile("\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2}(?:,\\s?\\p{Lu}{2})?\\s*:\\s*\\p{L}[\\p{L}&.\\s-]*");
    private static final Pattern ACRONYM_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\d&\\-]*\\p{Lu}[\\p{L}\\d&\\-]*");
    private static final Set<String> LINKING = Set.of("of", "on", "in", "for", "and", "the", "&", "at", "to");
    private static final int MAX_STATED_WORDS = 24;

    private static final VenueTags DEFAULTS = load();

    private final List<Form> forms = new ArrayList<>();
    private final Set<String> preprintSeries = new HashSet<>();
    private Pattern presentation;
    private Pattern typeTag;
    private Pattern venueWord;

    private VenueTags() {}

    /** The recogniser with the built-in rule files. */
    public static VenueTags defaults() {
        return DEFAULTS;
    }

    private static VenueTags load() {
        VenueTags v = new VenueTags();
        List<String> presentation = new ArrayList<>();
        List<String> typeTags = new ArrayList<>();
        List<String> venueWords = new ArrayList<>();
        for (String[] row : RuleData.rows("venue-forms.tsv")) {
            if (row.length < 3) throw new IllegalStateException("venue-forms.tsv: three columns expected: " + String.join("\t", row));
            switch (row[0]) {
                case "series" -> v.forms.add(form(row[1], row[2], true));
                case "preprint" -> { v.forms.add(form(row[1], row[2], false)); v.preprintSeries.add(row[1]); }
                case "presentation" -> presentation.add(row[2]);
                case "type-tag" -> typeTags.add(row[2]);
                case "venue-word" -> venueWords.add(row[2]);
                default -> throw new IllegalStateException("venue-forms.tsv: unknown kind " + row[0]);
            }
        }
        for (String[] row : RuleData.rows("venues.tsv")) {
            if (row.length >= 2) v.forms.add(form(row[0], row[1], false));
        }
        v.presentation = words(presentation);
        v.typeTag = Pattern.compile("(?i)(?:" + String.join("|", typeTags) + ")");
        v.venueWord = words(venueWords);
        return v;
    }

    private static Form form(String series, String alternatives, boolean longForms) {
        String name = NOT_WORD_BEFORE + "(?:" + alternatives + ")";
        return new Form(series, Pattern.compile(name + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
                Pattern.compile(name + "(?:[\\s\\-_]?(" + Years.FOUR_DIGITS + ")|\\s?['’](\\d{2}))(?![\\d\\p{L}])", Pattern.CASE_INSENSITIVE),
                longForms);
    }

    private static Pattern words(List<String> alternatives) {
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])");
    }

    /** The year a short text states and nothing else ("2019", "(2019)", "【2016】", "2021, July", "NeurIPS'19" is not one). */
    public static OptionalInt year(String text) {
        return Years.of(text);
    }

    /** The canonical series a venue label names ("Advances in Neural Information Processing Systems" → NeurIPS). */
    public Optional<String> series(String label) {
        if (label == null) return Optional.empty();
        for (Form f : forms) if (f.pattern.matcher(label).find()) return Optional.of(f.series);
        return Optional.empty();
    }

    /**
     * A text that is a venue statement and nothing else: a tag, a table cell, link text ("NeurIPS'19",
     * "[ICCV 2021 Oral]", "2020, ICLR 2021", "Preprint", "【2016】"). The venue must be known, or be
     * acronym-like and come with a year.
     */
    public Optional<VenueTag> whole(String text) {
        if (text == null) return Optional.empty();
        int[] span = trimmed(text);
        return read(text.substring(span[0], span[1]), false).map(r -> new VenueTag(r.label, r.series, r.year, span[0], span[1]));
    }

    /**
     * A text stated to be a venue, such as a citation's venue part or a Venue column cell: unknown names
     * are kept ("Annals of Operations Research"), and a lead-in ("In:"), volume, issue, pages, a
     * conference's place and dates, and an arXiv id are dropped. A publisher ("City: Publisher") is no venue.
     */
    public Optional<VenueTag> stated(String text) {
        if (text == null) return Optional.empty();
        int[] span = trimmed(text);
        return read(text.substring(span[0], span[1]), true).map(r -> new VenueTag(r.label, r.series, r.year, span[0], span[1]));
    }

    /** All venue and year statements in free text, in order, without overlaps. */
    public List<VenueTag> find(String text) {
        List<VenueTag> found = new ArrayList<>();
        if (text == null || text.isEmpty()) return found;
        for (Pattern bracket : BRACKETS) {
            Matcher m = bracket.matcher(text);
            while (m.find()) {
                read(m.group(1), false).ifPresent(r -> add(found, new VenueTag(r.label, r.series, r.year, m.start(), m.end())));
            }
        }
        Matcher ap = ARXIV_PREPRINT.matcher(text);
        while (ap.find()) {
            String label = text.substring(ap.start(), ap.end()).replaceAll("(?i)\\s+arxiv\\s*:.*$", "");
            add(found, new VenueTag(label, series(label).orElse(null), null, ap.start(), ap.end()));
        }
        for (Form f : forms) {
            if (preprintSeries.contains(f.series)) continue;
            Matcher m = f.withYear.matcher(text);
            while (m.find()) {
                if (!Character.isUpperCase(text.codePointAt(m.start())) || inPath(text, m.start(), m.end())) continue;
                int labelEnd = m.start(m.group(1) != null ? 1 : 2);
                String label = text.substring(m.start(), labelEnd).replaceAll("[\\s\\-_'’]+$", "");
                Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : Years.fromTwoDigits(m.group(2));
                add(found, new VenueTag(label, f.series, year, m.start(), m.end()));
            }
            if (f.longForms) {
                Matcher lf = f.pattern.matcher(text);
                while (lf.find()) {
                    if (lf.group().contains(" ")) add(found, new VenueTag(lf.group(), f.series, null, lf.start(), lf.end()));
                }
            }
        }
        Matcher ac = ACRONYM_APOSTROPHE.matcher(text);
        while (ac.find()) {
            String label = ac.group(1);
            add(found, new VenueTag(label, series(label).orElse(null), Years.fromTwoDigits(ac.group(2)), ac.start(), ac.end()));
        }
        found.sort(Comparator.comparingInt(VenueTag::start));
        return found;
    }

    /** A venue glued inside a file path or folder name ("notes/ACL2019_X/") is no statement. */
    private static boolean inPath(String text, int start, int end) {
        return start > 0 && "/\\_".indexOf(text.charAt(start - 1)) >= 0 || end < text.length() && text.charAt(end) == '/';
    }

    private static void add(List<VenueTag> found, VenueTag tag) {
        for (VenueTag t : found) if (tag.start() < t.end() && t.start() < tag.end()) return;
        found.add(tag);
    }

    private static int[] trimmed(String text) {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new int[] {s, e};
    }

    private Optional<Reading> read(String raw, boolean stated) {
        String t = unwrap(raw.replaceAll("\\s+", " ").strip());
        if (t.isEmpty() || t.contains("://") || t.length() > (stated ? 300 : 80)) return Optional.empty();
        if (stated) {
            t = cleanStated(t);
            if (t == null) return Optional.empty();
        }
        Integer dateYear = null;
        List<String> kept = new ArrayList<>();
        for (String part : t.split("[,;]")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            OptionalInt y = Years.of(p);
            if (y.isPresent()) {
                if (dateYear == null) dateYear = y.getAsInt();
            } else if (!Years.isMonthPart(p)) {
                kept.add(p);
            }
        }
        String label = String.join(", ", kept);
        Integer year = null;
        Matcher ap = APOSTROPHE_YEAR.matcher(label);
        if (ap.find()) {
            year = Years.fromTwoDigits(ap.group(1));
            label = label.substring(0, ap.start()) + label.substring(ap.end());
        }
        Matcher fy = FOUR_DIGIT_YEAR.matcher(label);
        if (fy.find()) {
            if (year == null) year = Integer.valueOf(fy.group(1));
            label = FOUR_DIGIT_YEAR.matcher(label).replaceAll(" ");
        }
        if (year == null) year = dateYear;
        label = presentation.matcher(label).replaceAll(" ");
        label = tidy(label);
        if (label.isEmpty()) return year == null ? Optional.empty() : Optional.of(new Reading(null, null, year));
        if (isTypeTag(label)) return Optional.empty();
        String series = series(label).orElse(null);
        if (series != null) {
            Matcher pp = PROCEEDINGS_PREFIX.matcher(label);
            if (pp.lookingAt()) {
                String rest = label.substring(pp.end());
                if (!rest.contains(" ") && isWholeForm(rest)) label = rest;
            }
        }
        boolean ok;
        if (stated) ok = series != null || looksStated(label);
        else if (series != null) ok = isWholeForm(label) || looksLikeVenueName(label, false) && onlyVenueWordsBeside(label);
        else ok = year != null && looksLikeVenueName(label, true);
        return ok ? Optional.of(new Reading(label, series, year)) : Optional.empty();
    }

    private static String unwrap(String t) {
        String prev;
        do {
            prev = t;
            t = t.replaceAll("^\\*\\*(.*)\\*\\*$|^__(.*)__$", "$1$2")
                    .replaceAll("^[*_](.*)[*_]$", "$1")
                    .replaceAll("^\\[(.*)]$|^\\((.*)\\)$|^（(.*)）$|^【(.*)】$", "$1$2$3$4")
                    .strip();
        } while (!t.equals(prev) && !t.isEmpty());
        return t;
    }

    /** Drops what a citation's venue part holds besides the venue; null when the part is a publisher. */
    private String cleanStated(String t) {
        String s = LEAD_IN.matcher(t).replaceFirst("");
        s = ARXIV_ID.matcher(s).replaceAll(" ");
        s = PAGES.matcher(s).replaceAll("");
        s = VOLUME_NOTE.matcher(s).replaceAll("");
        s = VOLUME_ISSUE.matcher(s).replaceAll("");
        s = s.replaceAll("[.\\s]+$", "");
        String before;
        do {
            before = s;
            s = TRAILING_NUMBERS.matcher(s).replaceAll("").replaceAll("[.\\s]+$", "");
        } while (!s.equals(before));
        Matcher date = DATE_TAIL.matcher(s);
        if (date.find()) {
            s = s.substring(0, date.start());
            for (int i = 0; i < 2; i++) s = PLACE_TAIL.matcher(s).replaceFirst("");
        }
        s = s.strip();
        if (PUBLISHER.matcher(s).matches() && !venueWord.matcher(s).find() && series(s).isEmpty()) return "";
        return s;
    }

    private static String tidy(String label) {
        return label.replaceAll("\\(\\s*\\)|\\[\\s*]", " ")
                .replaceAll("\\s+([:,;)])", "$1")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s,;:.\\-–—_/|]+|[\\s,;:\\-–—_/|(]+$", "")
                .replaceAll("(?<!\\b\\p{L}{1,4})\\.$", "")
                .strip();
    }

    /** A label made only of type-tag words ("survey", "Benchmark", "code & data", "technical report"). */
    boolean isTypeTag(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (typeTag.matcher(lower).matches()) return true;
        for (String w : lower.split("[\\s/&,+|]+")) {
            if (!w.isEmpty() && !w.equals("and") && !typeTag.matcher(w).matches()) return false;
        }
        return true;
    }

    /** Beside the series' own words, a tag holds only acronyms, venue words and linking words ("ICML UDL workshop"). */
    private boolean onlyVenueWordsBeside(String label) {
        String rest = label;
        for (Form f : forms) rest = f.pattern.matcher(rest).replaceAll(" ");
        for (String w : rest.split("[\\s,;:()]+")) {
            if (w.isEmpty()) continue;
            if (!ACRONYM_TOKEN.matcher(w).matches() && !venueWord.matcher(w).matches()
                    && !LINKING.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("\\d+(?:st|nd|rd|th)|[-–—&/]")) return false;
        }
        return true;
    }

    private boolean isWholeForm(String label) {
        for (Form f : forms) if (f.pattern.matcher(label).matches()) return true;
        return false;
    }

    /**
     * A tag's label that reads as a venue name: up to eight capitalised words, acronyms, venue words or
     * linking words, no file path ("NER_study/ACL2019_X"); an unknown name also needs an acronym or a venue
     * word ("ICWSM", "Workshop on X").
     */
    private boolean looksLikeVenueName(String label, boolean unknown) {
        String[] words = label.split("\\s+");
        if (words.length > 8 || !Character.isUpperCase(label.codePointAt(0))) return false;
        if (label.contains("_") || label.matches(".*(?:^|[^\\p{Lu}])/.*|.*/(?:$|[^\\p{Lu}]).*")) return false;
        boolean acronym = false;
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}\\d&\\-]", "");
            if (bare.isEmpty()) return false;
            if (ACRONYM_TOKEN.matcher(bare).matches()) acronym = true;
            else if (!Character.isUpperCase(bare.codePointAt(0)) && !LINKING.contains(bare.toLowerCase(Locale.ROOT))
                    && !venueWord.matcher(bare).matches()) return false;
        }
        return !unknown || acronym || venueWord.matcher(label).find();
    }

    /** A stated venue: a name, not a sentence, a URL or an identifier. */
    private static boolean looksStated(String label) {
        if (!Character.isLetter(label.codePointAt(0))) return false;
        if (label.split("\\s+").length > MAX_STATED_WORDS) return false;
        if (!label.matches("(?s).*[.!?]\\s+\\p{Lu}.*")) return true;
        int lowerWords = 0;
        for (String w : label.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !LINKING.contains(w)) lowerWords++;
        }
        return lowerWords <= 3;
    }
}
