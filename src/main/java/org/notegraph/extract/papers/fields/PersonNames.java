package org.notegraph.extract.papers.fields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lists of person names by their shape, not by a dictionary of names: "First Last",
 * "F. Last", "F Last", "Last, F. M.", "Last F" (Vancouver), "Last, Jr, F.", particles ("van der"),
 * hyphenated and accented names, names in Han, Hangul or Kana script, {@code et al.}, "..." elision and
 * contribution marks. Phrases with function or title words ({@code person-names.tsv}) are not names.
 * A bare surname ("Hinton") is accepted only when the caller says the context allows it, or with
 * "et al.".
 */
public final class PersonNames {
    private enum Form { INVERTED, FULL, BARE, CJK, MLA_FIRST }

    private record Segment(int start, int end, String separatorBefore) {}

    private record Entry(String text, Form form, int end) {}

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:;|,\\s*(?:and|&)\\s+|,\\s*&\\s*|,|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*)\\s*");
    private static final Pattern ET_AL = Pattern.compile("(?:^|[,\\s]+|(?<=\\.))(et\\.?\\s*al(?:\\.|ii)?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ELISION = Pattern.compile("\\.{3}|…|\\[\\.{3}]|\\[…]");
    private static final Pattern MARKS = Pattern.compile("(?<=[\\p{L}.])(?:[*†‡§¶]+|[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+|\\d{1,2}(?![\\d.]))");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?|\\p{Lu}\\.?-\\p{Lu}\\.?|(?:\\p{Lu}\\.){2,4}");
    private static final Pattern BARE_CAPS = Pattern.compile("\\p{Lu}{2,3}");
    private static final Pattern ELIDED_PREFIX = Pattern.compile("^(?:[dDlL]|O)['’](?=\\p{Lu})");
    private static final Pattern CUT = Pattern.compile(
            "\\.(?=\\s)|\\.$|\\s*[:：]|\\s+[-–—]{1,2}\\s+|\\s*[(（]\\s*(?:(?:1[89]|20)\\d{2}|n\\.\\s?d\\.)|,?\\s*[\"“„«]");
    private static final int MAX_TOKENS = 6;
    private static final int MAX_LENGTH = 2000;

    private static final PersonNames DEFAULTS = load();

    private final Set<String> particles = new HashSet<>();
    private final Set<String> suffixes = new HashSet<>();
    private final Set<String> stopWords = new HashSet<>();
    private final Set<String> surnameWords = new HashSet<>();

    private PersonNames() {}

    /** The recogniser with the built-in word lists. */
    public static PersonNames defaults() {
        return DEFAULTS;
    }

    private static PersonNames load() {
        PersonNames p = new PersonNames();
        for (String[] row : RuleData.rows("person-names.tsv")) {
            if (row.length < 2) continue;
            String word = row[1].toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "particle" -> p.particles.add(word);
                case "suffix" -> p.suffixes.add(word);
                case "stop" -> p.stopWords.add(word);
                case "surname-word" -> p.surnameWords.add(word);
                default -> throw new IllegalStateException("person-names.tsv: unknown kind " + row[0]);
            }
        }
        return p;
    }

    /** The whole text as a name list; bare surnames only with "et al.". */
    public Optional<NameList> whole(String text) {
        return whole(text, false);
    }

    /**
     * The whole text (trailing {@code . , ; :} aside) as a name list. {@code bareSurnames} allows names
     * that are a surname alone ("Hochreiter and Schmidhuber"), for contexts that say names come here.
     */
    public Optional<NameList> whole(String text, boolean bareSurnames) {
        if (text == null) return Optional.empty();
        return parse(text, 0, text.length(), bareSurnames);
    }

    /** The longest name list that starts the text and ends at a terminator; bare surnames only with "et al.". */
    public Optional<NameList> leading(String text) {
        return leading(text, false);
    }

    /**
     * The longest name list that starts the text (after white space) and ends where a title or year
     * begins: at ". ", ":", " - ", an opening quote, or "(" before a year. {@link NameList#end()} is where
     * the names end (an initial's period included).
     */
    public Optional<NameList> leading(String text, boolean bareSurnames) {
        if (text == null) return Optional.empty();
        List<Integer> cuts = new ArrayList<>();
        Matcher m = CUT.matcher(text);
        while (m.find()) {
            int cut = text.charAt(m.start()) == '.' ? m.start() + 1 : m.start();
            if (cut > 0 && cut <= MAX_LENGTH) cuts.add(cut);
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            int cut = cuts.get(i);
            Optional<NameList> names = parse(text, 0, cut, bareSurnames);
            if (names.isPresent() && !(titleLike(names.get()) && subtitleFollows(text, cut))) return names;
        }
        return Optional.empty();
    }

    /**
     * One given-first name of plain words ("Counting Clouds") before ":" or " - " reads as a title and its
     * subtitle more often than as an author; an initial, a second name or "et al." settles it.
     */
    private static boolean titleLike(NameList names) {
        if (names.names().size() != 1 || names.etAl() || names.surnamesOnly()) return false;
        String name = names.names().get(0);
        return !name.contains(",") && !name.matches("(?s).*\\b\\p{Lu}\\b.*") && Scripts.cjkLetters(name) == 0;
    }

    private static boolean subtitleFollows(String text, int cut) {
        String rest = text.substring(cut);
        return rest.matches("(?s)\\s*[:：].*|\\s+[-–—]{1,2}\\s.*");
    }

    /** Whether a lower-cased word never stands in a person name. */
    public boolean isStopWord(String word) {
        return stopWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether one token is a capitalised name word ("Fei-Fei", "d'Ascoli", "McKay") that is no stop word. */
    boolean isNameWord(String token) {
        String t = ELIDED_PREFIX.matcher(token).replaceFirst("");
        if (t.length() < 2 && t.equals(token)) return false;
        String[] parts = t.split("[-‐]", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) return false;
            int first = part.codePointAt(0);
            if (i == 0 && !Character.isUpperCase(first)) return false;
            if (!Character.isLetter(first)) return false;
            int upper = 0;
            boolean lower = false;
            for (int k = 0; k < part.length(); ) {
                int c = part.codePointAt(k);
                k += Character.charCount(c);
                if (Character.isUpperCase(c)) upper++;
                else if (Character.isLowerCase(c)) lower = true;
                else if (!(Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’')) return false;
            }
            if (!lower || upper > 2) return false;
            if (stopWords.contains(part.toLowerCase(Locale.ROOT))) return false;
        }
        return !stopWords.contains(t.toLowerCase(Locale.ROOT));
    }

    private Optional<NameList> parse(String text, int from, int to, boolean bareSurnames) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) e--;
        if (s >= e || e - s > MAX_LENGTH) return Optional.empty();
        String region = text.substring(s, e);
        if (region.contains("://") || region.contains("@") || region.contains("\n\n")) return Optional.empty();

        List<Segment> segments = split(text, s, e);
        String etAl = null;
        List<Segment> kept = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            String body = text.substring(seg.start, seg.end);
            if (ELISION.matcher(body.strip()).matches()) continue;
            Matcher et = ET_AL.matcher(body);
            if (et.find()) {
                if (i != segments.size() - 1) return Optional.empty();
                etAl = et.group(1).replaceAll("\\s+", " ");
                int cut = seg.start + et.start();
                if (cut <= seg.start) {
                    if (kept.isEmpty()) return Optional.empty();
                    continue;
                }
                seg = new Segment(seg.start, cut, seg.separatorBefore);
            }
            kept.add(seg);
        }
        if (kept.isEmpty()) return Optional.empty();
        int last = kept.size() - 1;
        Segment lastSeg = kept.get(last);
        if (etAl == null) kept.set(last, dropSentencePeriod(text, lastSeg));

        List<Entry> entries = group(text, kept);
        if (entries == null || entries.isEmpty()) return Optional.empty();
        boolean allBare = entries.stream().allMatch(x -> x.form == Form.BARE);
        if (!consistent(entries)) return Optional.empty();
        if (allBare && !bareSurnames && !(entries.size() == 1 && etAl != null)) return Optional.empty();
        List<String> names = new ArrayList<>();
        for (Entry x : entries) names.add(x.text);
        int end = entries.get(entries.size() - 1).end;
        if (etAl != null) {
            String lastName = names.remove(names.size() - 1);
            names.add(lastName + " " + etAl);
            end = e;
        }
        return Optional.of(new NameList(names, s, end, allBare));
    }

    private static List<Segment> split(String text, int s, int e) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text).region(s, e);
        int at = s;
        String sep = "";
        while (m.find()) {
            if (m.start() > at) segments.add(new Segment(at, m.start(), sep));
            sep = m.group().strip();
            at = m.end();
        }
        if (at < e) segments.add(new Segment(at, e, sep));
        return segments;
    }

    /** A period that ends the list ("Mary Lee.") is not part of the name, unlike an initial's ("Lee, M."). */
    private static Segment dropSentencePeriod(String text, Segment seg) {
        int end = seg.end;
        if (end > seg.start && text.charAt(end - 1) == '.') {
            String body = text.substring(seg.start, end);
            String lastToken = body.substring(body.lastIndexOf(' ') + 1);
            if (!INITIAL.matcher(lastToken).matches() && !lastToken.equalsIgnoreCase("jr.") && !lastToken.equalsIgnoreCase("sr.")) end--;
        }
        return new Segment(seg.start, end, seg.separatorBefore);
    }

    private List<Entry> group(String text, List<Segment> segs) {
        List<Entry> out = new ArrayList<>();
        int n = segs.size();
        for (int i = 0; i < n; ) {
            String[] t0 = tokens(text, segs.get(i));
            if (t0 == null) return null;
            String[] t1 = i + 1 < n ? tokens(text, segs.get(i + 1)) : null;
            String[] t2 = i + 2 < n ? tokens(text, segs.get(i + 2)) : null;
            boolean commaNext = i + 1 < n && segs.get(i + 1).separatorBefore.equals(",");
            if (isSurname(t0) && commaNext && t1 != null && isSuffix(t1) && t2 != null && isInitials(t2)) {
                out.add(entry(text, segs.get(i), segs.get(i + 2), Form.INVERTED));
                i += 3;
            } else if (isSurname(t0) && commaNext && t1 != null && isInitials(t1)) {
                int endSeg = i + 1;
                if (t2 != null && isSuffix(t2)) endSeg = i + 2;
                out.add(entry(text, segs.get(i), segs.get(endSeg), Form.INVERTED));
                i = endSeg + 1;
            } else if (i == 0 && commaNext && t0.length == surnameWords(t0) + particleCount(t0) && surnameWords(t0) == 1
                    && t1 != null && isGiven(t1) && restAreFull(text, segs, 2)) {
                out.add(entry(text, segs.get(0), segs.get(1), Form.MLA_FIRST));
                i = 2;
            } else if (isFull(t0)) {
                out.add(entry(text, segs.get(i), segs.get(i), Form.FULL));
                i++;
            } else if (isCjk(t0)) {
                out.add(entry(text, segs.get(i), segs.get(i), Form.CJK));
                i++;
            } else if (isSurname(t0)) {
                out.add(entry(text, segs.get(i), segs.get(i), Form.BARE));
                i++;
            } else {
                return null;
            }
        }
        return out;
    }

    private boolean restAreFull(String text, List<Segment> segs, int from) {
        for (int k = from; k < segs.size(); k++) {
            String[] t = tokens(text, segs.get(k));
            if (t == null || !isFull(t)) return false;
        }
        return true;
    }

    private static boolean consistent(List<Entry> entries) {
        Set<Form> forms = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Form f = entries.get(i).form;
            if (f == Form.MLA_FIRST && i > 0) return false;
            forms.add(f == Form.MLA_FIRST || f == Form.CJK ? Form.FULL : f);
        }
        return forms.size() == 1;
    }

    private Entry entry(String text, Segment first, Segment last, Form form) {
        String written = MARKS.matcher(text.substring(first.start, last.end)).replaceAll("").strip();
        return new Entry(written, form, last.end);
    }

    /** The segment's tokens with contribution marks dropped, or null when a token cannot be part of a name. */
    private static String[] tokens(String text, Segment seg) {
        String body = MARKS.matcher(text.substring(seg.start, seg.end)).replaceAll("").strip();
        if (body.isEmpty() || body.length() > 80) return null;
        String[] t = body.split("\\s+");
        return t.length > MAX_TOKENS ? null : t;
    }

    private boolean isParticle(String t) {
        return particles.contains(t) && t.equals(t.toLowerCase(Locale.ROOT));
    }

    private boolean isSuffix(String t) {
        return suffixes.contains(t.toLowerCase(Locale.ROOT)) && Character.isUpperCase(t.charAt(0));
    }

    private boolean isSuffix(String[] t) {
        return t.length == 1 && isSuffix(t[0]);
    }

    private static boolean isInitial(String t) {
        return INITIAL.matcher(t).matches();
    }

    private static boolean isInitials(String[] t) {
        if (t.length > 4) return false;
        for (String x : t) if (!isInitial(x) && !BARE_CAPS.matcher(x).matches()) return false;
        return true;
    }

    private int particleCount(String[] t) {
        int n = 0;
        for (String x : t) if (isParticle(x)) n++;
        return n;
    }

    private int surnameWords(String[] t) {
        int n = 0;
        for (String x : t) if (isNameWord(x)) n++;
        return n;
    }

    /** particles* Word (particles* Word){0,2}: "Fei-Fei", "van der Berg", "Caba Heilbron". */
    private boolean isSurname(String[] t) {
        if (t.length > 4) return false;
        int words = 0;
        for (int i = 0; i < t.length; i++) {
            if (isParticle(t[i]) && i < t.length - 1) continue;
            if (!isNameWord(t[i])) return false;
            words++;
        }
        return words >= 1 && words <= 3;
    }

    /** Given names written after an inverted surname ("Smith, John A."): words and initials. */
    private boolean isGiven(String[] t) {
        if (t.length > 3) return false;
        boolean word = false;
        for (String x : t) {
            if (isNameWord(x)) word = true;
            else if (!isInitial(x)) return false;
        }
        return word;
    }

    /** A given-first name ("Yee Whye Teh", "F. M. Last", "Joost van Amersfoort", "Ann Lee Jr.") or "Last FM". */
    private boolean isFull(String[] t) {
        int n = t.length;
        if (n >= 3 && isSuffix(t[n - 1])) n--;
        if (n < 2) return false;
        if (n >= 2 && BARE_CAPS.matcher(t[n - 1]).matches() || n >= 2 && t[n - 1].matches("\\p{Lu}")) {
            boolean vancouver = true;
            for (int i = 0; i < n - 1; i++) if (!isNameWord(t[i]) && !(isParticle(t[i]) && i < n - 2)) vancouver = false;
            if (vancouver && isNameWord(t[n - 2])) return true;
        }
        if (!isNameWord(t[n - 1]) && !(surnameWords.contains(t[n - 1].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(t[n - 1].codePointAt(0)) && allNameWords(t, n - 1))) return false;
        if (!isNameWord(t[0]) && !(isInitial(t[0]) && !t[0].equals("A") && !t[0].equals("I"))) return false;
        boolean particleSeen = false;
        for (int i = 1; i < n - 1; i++) {
            if (isParticle(t[i])) { particleSeen = true; continue; }
            if (particleSeen && !isNameWord(t[i])) return false;
            if (!isNameWord(t[i]) && !isInitial(t[i])) return false;
        }
        return true;
    }

    private boolean allNameWords(String[] t, int n) {
        for (int i = 0; i < n; i++) if (!isNameWord(t[i])) return false;
        return n > 0;
    }

    private static boolean isCjk(String[] t) {
        if (t.length > 2) return false;
        int total = 0;
        for (String x : t) {
            int len = x.codePointCount(0, x.length());
            if (!Scripts.isCjk(x)) return false;
            if (t.length == 2 && len > 3) return false;
            total += len;
        }
        return total >= 2 && total <= 4 + (t.length - 1) * 2;
    }
}
