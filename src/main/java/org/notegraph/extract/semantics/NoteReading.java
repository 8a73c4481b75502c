package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.ProseText;
import org.notegraph.extract.text.Sections;
import org.notegraph.extract.text.Sentence;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.notes.LineIndex;
import org.notegraph.notes.ParsedNote;

/**
 * What every semantic rule reads of one note, fixed before the first rule runs: the note, its prose,
 * its paper mentions and which paper each line is read for ({@link Attribution}), the concepts the
 * prose names, the works it cites by a link without a target, each looked up by offset.
 */
final class NoteReading {
    /** A link with no target: where it starts, and its text. */
    record CitedWork(int start, String text) {}

    private static final Pattern EMPTY_LINK = Pattern.compile("\\[([^\\[\\]\\n]{2,120})\\]\\(\\s*\\)");

    private final ParsedNote note;
    private final String prose;
    private final List<PaperMention> papers;
    private final List<ConceptMatcher.Found> found;
    private final Attribution attribution;
    private final Sections sections;
    /** Paper mention indices in the order their links start: for looking up the links in a span. */
    private final List<Integer> byStart;
    /** Links with no target ({@code [Smith et al. (2019)]()}), outside code: works known only by their text. */
    private final List<CitedWork> citedWorks = new ArrayList<>();

    NoteReading(ParsedNote note, List<PaperMention> papers, ConceptMatcher matcher) {
        this.note = note;
        this.prose = ProseText.of(note.document(), note.text()).text();
        this.papers = papers;
        this.found = matcher.find(prose, 0, prose.length());
        this.sections = new Sections(note.document());
        this.attribution = new Attribution(note.text(), note.lines(), papers, sections);
        this.byStart = IntStream.range(0, papers.size()).boxed().sorted(Comparator.comparingInt(this::linkStart)).toList();
        Matcher m = EMPTY_LINK.matcher(note.text());
        while (m.find()) {
            String text = m.group(1).replaceAll("\\s+", " ").strip();
            if (!prose.substring(m.start(1), m.end(1)).isBlank() && !text.isEmpty()) {
                citedWorks.add(new CitedWork(m.start(), text));
            }
        }
    }

    ParsedNote note() { return note; }

    /** The note's prose ({@link ProseText}): as long as its text, everything but prose blanked. */
    String prose() { return prose; }

    LineIndex lines() { return note.lines(); }

    List<PaperMention> papers() { return papers; }

    PaperMention paper(int i) { return papers.get(i); }

    /** Every concept the prose names, in text order. */
    List<ConceptMatcher.Found> found() { return found; }

    /** The concepts found between two offsets. */
    List<ConceptMatcher.Found> foundIn(int start, int end) {
        return between(found, ConceptMatcher.Found::start, start, end);
    }

    /** The cited works whose links start in [from, to), in text order (by binary search: notes may hold thousands). */
    List<CitedWork> citedWorksIn(int from, int to) {
        return between(citedWorks, CitedWork::start, from, to);
    }

    /** The indices of the paper mentions whose links start in [from, to), in text order. */
    List<Integer> papersStartingIn(int from, int to) {
        return between(byStart, this::linkStart, from, to);
    }

    /** The heading path of the section holding the offset (empty before the first heading). */
    List<String> headingPath(int offset) {
        Sections.Section sec = sections.at(offset);
        return sec == null ? List.of() : sec.path();
    }

    /** The primary paper mention whose item or section holds the sentence, or -1. */
    int subjectOf(Sentence s) { return attribution.subjectOf(s); }

    /** The paper the whole note is about (a one-paper note), or -1. */
    int notesPaper() { return attribution.notesPaper(); }

    boolean isPrimary(int paper) { return attribution.isPrimary(paper); }

    /** The last line read for a paper mention. */
    int rangeEnd(int paper) { return attribution.rangeEnd(paper); }

    /** The text of a 1-based line, without its line end. */
    String lineText(int line) { return attribution.lineText(line); }

    boolean isHeadingLine(int line) { return attribution.isHeadingLine(line); }

    /** The prose between two offsets as evidence: white space collapsed, at most 400 characters. */
    String evidence(int start, int end) {
        String t = prose.substring(start, end).replaceAll("\\s+", " ").strip();
        return t.length() > 400 ? t.substring(0, 400) + "…" : t;
    }

    SourceSpan span(int start, int end) {
        return new SourceSpan(start, end, lines().lineOf(start), lines().lineOf(Math.max(start, end - 1)));
    }

    private int linkStart(int paper) {
        return papers.get(paper).span().start();
    }

    /** The items of a list sorted by start offset whose start lies in [from, to), by binary search. */
    private static <T> List<T> between(List<T> sorted, ToIntFunction<T> start, int from, int to) {
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
}
