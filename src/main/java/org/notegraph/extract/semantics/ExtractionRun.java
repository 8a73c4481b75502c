package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.ProseText;
import org.notegraph.extract.text.Sentence;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.model.Relation;
import org.notegraph.notes.LineIndex;
import org.notegraph.notes.ParsedNote;

/**
 * The state of one note's semantic extraction: the paper each line is read for (attribution
 * ranges), papers and concepts looked up by offset, and the mentions found so far, each relation
 * kept once per subject, relation and object.
 */
final class ExtractionRun {
    final ParsedNote note;
    final String prose;
    final LineIndex lines;
    final List<PaperMention> papers;
    final List<ConceptMatcher.Found> found;
    final List<ConceptMention> concepts = new ArrayList<>();
    final List<ClaimMention> claims = new ArrayList<>();
    final Map<String, RelationMention> relations = new LinkedHashMap<>();
    final Map<Integer, Endpoint> eponym = new HashMap<>();
    final Map<Integer, String> eponymText = new HashMap<>();
    final Map<Integer, Endpoint> lastIntroduced = new HashMap<>();
    final Map<Integer, String> lastIntroducedText = new HashMap<>();
    final Map<String, Endpoint.Named> namedInNote = new LinkedHashMap<>();
    /** The sentences before the current one in the same list item or paragraph, for "this idea" and "the theory". */
    final List<Sentence> earlier = new ArrayList<>();
    /** The phenomenon a paper's title names, the topic its item's elided-subject sentences ("Occurs across …") speak of. */
    final Map<Integer, ConceptMatcher.Found> titlePhenomenon = new HashMap<>();
    final boolean[] primary;
    /** Paper mention indices in the order their links start: for looking up the links in a span. */
    private final List<Integer> byStart;
    final int[] rangeStart;
    final int[] rangeEnd;
    /** Links with no target ({@code [Smith et al. (2019)]()}), outside code: works known only by their text. */
    final List<CitedWork> citedWorks = new ArrayList<>();

    /** A link with no target: where it starts, and its text. */
    record CitedWork(int start, String text) {}

    private static final java.util.regex.Pattern EMPTY_LINK =
            java.util.regex.Pattern.compile("\\[([^\\[\\]\\n]{2,120})\\]\\(\\s*\\)");

    ExtractionRun(ParsedNote note, List<PaperMention> papers, ConceptMatcher matcher) {
        this.note = note;
        this.prose = ProseText.of(note.document(), note.text()).text();
        this.lines = note.lines();
        this.papers = papers;
        this.found = matcher.find(prose, 0, prose.length());
        int n = papers.size();
        primary = new boolean[n];
        rangeStart = new int[n];
        rangeEnd = new int[n];
        byStart = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.comparingInt(this::linkStart)).toList();
        attributionRanges();
        java.util.regex.Matcher m = EMPTY_LINK.matcher(note.text());
        while (m.find()) {
            String text = m.group(1).replaceAll("\\s+", " ").strip();
            if (!prose.substring(m.start(1), m.end(1)).isBlank() && !text.isEmpty()) {
                citedWorks.add(new CitedWork(m.start(), text));
            }
        }
    }

    /** The cited works whose links start in [from, to), in text order (by binary search: notes may hold thousands). */
    List<CitedWork> citedWorksIn(int from, int to) {
        return between(citedWorks, CitedWork::start, from, to);
    }

    /** The indices of the paper mentions whose links start in [from, to), in text order. */
    List<Integer> papersStartingIn(int from, int to) {
        return between(byStart, this::linkStart, from, to);
    }

    private int linkStart(int paper) {
        return papers.get(paper).span().start();
    }

    /** The concepts found between two offsets (found is in text order). */
    List<ConceptMatcher.Found> foundIn(int start, int end) {
        return between(found, ConceptMatcher.Found::start, start, end);
    }

    /** The items of a list sorted by start offset whose start lies in [from, to), by binary search. */
    private static <T> List<T> between(List<T> sorted, java.util.function.ToIntFunction<T> start, int from, int to) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < from) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < sorted.size() && start.applyAsInt(sorted.get(end)) < to) end++;
        return sorted.subList(lo, end);
    }

    void attributionRanges() {
        int n = papers.size();
        for (int i = 0; i < n; i++) {
            rangeStart[i] = papers.get(i).span().line();
            rangeEnd[i] = papers.get(i).span().endLine();
        }
        markPrimary();
        java.util.TreeSet<Integer> primaryStarts = new java.util.TreeSet<>();
        for (int i = 0; i < n; i++) if (primary[i]) primaryStarts.add(rangeStart[i]);
        for (int i = 0; i < n; i++) {
            PaperMention m = papers.get(i);
            if (!primary[i] || !leadsItsLine(m)) continue;
            if (!m.rule().equals("text-link") && !m.rule().equals("html-anchor") && !m.rule().equals("bare-url")) continue;
            int next = lines.lineCount();
            Integer nextStart = primaryStarts.higher(rangeStart[i]);
            if (nextStart != null) next = Math.min(next, nextStart - 1);
            for (int line = rangeEnd[i] + 1; line <= next; line++) {
                if (lineText(line).stripLeading().startsWith("#")) { next = line - 1; break; }
            }
            rangeEnd[i] = Math.max(rangeEnd[i], next);
        }
    }

    /**
     * A mention is primary unless another one's line range holds its range and is larger. Found in
     * n log n, not by comparing every pair: a line with 17,000 links made that take seconds. A larger
     * range holding [s, e] either starts before s and ends at e or later, or starts at s and ends after e.
     */
    private void markPrimary() {
        int n = papers.size();
        java.util.TreeMap<Integer, Integer> maxEndByStart = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) maxEndByStart.merge(rangeStart[i], rangeEnd[i], Math::max);
        java.util.TreeMap<Integer, Integer> maxEndBefore = new java.util.TreeMap<>();
        int running = Integer.MIN_VALUE;
        for (var e : maxEndByStart.entrySet()) {
            maxEndBefore.put(e.getKey(), running);
            running = Math.max(running, e.getValue());
        }
        for (int i = 0; i < n; i++) {
            primary[i] = maxEndBefore.get(rangeStart[i]) < rangeEnd[i] && maxEndByStart.get(rangeStart[i]) <= rangeEnd[i];
        }
    }

    /** Whether the mention's line starts (after white space) with a link; reads only the line's start, not the whole line. */
    boolean leadsItsLine(PaperMention m) {
        String t = note.text();
        int s = lines.startOf(m.span().line());
        while (s < t.length() && t.charAt(s) != '\n' && Character.isWhitespace(t.charAt(s))) s++;
        return t.startsWith("[", s) || t.startsWith("<a", s)
                || m.url() != null && m.url().indexOf('\n') < 0 && t.startsWith(m.url(), s);
    }

    String lineText(int line) {
        int s = lines.startOf(line);
        if (s >= note.text().length()) return "";
        int e = note.text().indexOf('\n', s);
        return note.text().substring(s, e < 0 ? note.text().length() : e);
    }

    /** The method paper mention {@code paper} introduced last in the note, else the one its title is named after, or null. */
    Endpoint introducedBy(int paper) {
        return lastIntroduced.getOrDefault(paper, eponym.get(paper));
    }

    /** The primary paper mention whose item or section holds the sentence, or -1. */
    int subjectOf(Sentence s) {
        int line = lines.lineOf(s.start());
        int best = -1;
        for (int i = 0; i < papers.size(); i++) {
            if (!primary[i] || line < rangeStart[i] || line > rangeEnd[i]) continue;
            if (best < 0) { best = i; continue; }
            int size = rangeEnd[i] - rangeStart[i];
            int bestSize = rangeEnd[best] - rangeStart[best];
            boolean inside = papers.get(i).span().start() >= s.start() && papers.get(i).span().start() < s.end();
            if (size < bestSize || size == bestSize && inside) best = i;
        }
        return best;
    }

    void add(Endpoint subject, Relation relation, Endpoint object, Sentence s, double confidence, String rule) {
        add(subject, relation, object, s, confidence, rule, null, null);
    }

    void add(Endpoint subject, Relation relation, Endpoint object, Sentence s, double confidence, String rule,
             String subjectText, String objectText) {
        addWithEvidence(subject, relation, object, s, evidence(s.start(), s.end()), confidence, rule, subjectText, objectText);
    }

    void addWithEvidence(Endpoint subject, Relation relation, Endpoint object, Sentence s, String evidence,
                         double confidence, String rule, String subjectText, String objectText) {
        String key = key(subject) + "|" + relation + "|" + key(object);
        if (key(subject).equals(key(object)) || relations.containsKey(key)) return;
        subjectText = nameAsWritten(subject, subjectText);
        objectText = nameAsWritten(object, objectText);
        relations.put(key, new RelationMention(subject, relation, object, evidence,
                span(s.start(), s.end()), confidence, rule, subjectText, objectText));
    }

    String evidence(int start, int end) {
        String t = prose.substring(start, end).replaceAll("\\s+", " ").strip();
        return t.length() > 400 ? t.substring(0, 400) + "…" : t;
    }

    SourceSpan span(int start, int end) {
        return new SourceSpan(start, end, lines.lineOf(start), lines.lineOf(Math.max(start, end - 1)));
    }

    /**
     * The name a concept is given in a relation: as the note writes it, unless the note wraps the
     * concept's preferred label in more words ("double descent curve"), where the label is the name.
     */
    static String nameAsWritten(Endpoint e, String written) {
        if (!(e instanceof Endpoint.Known k) || written == null) return written;
        String w = " " + ConceptVocabulary.key(written) + " ";
        String pref = ConceptVocabulary.key(k.concept().prefLabel());
        return !w.strip().equals(pref) && w.contains(" " + pref + " ") ? k.concept().prefLabel() : written;
    }

    /** What identifies an endpoint within one note: a concept by IRI, a named method by its label key. */
    static String key(Endpoint e) {
        if (e instanceof Endpoint.Known k) return "c:" + k.concept().iri();
        if (e instanceof Endpoint.Named n) return "n:" + ConceptVocabulary.key(n.name());
        if (e instanceof Endpoint.Link l) return "l:" + ConceptVocabulary.key(l.target());
        return e.toString();
    }
}
