package org.notegraph.extract.semantics;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.Sections;
import org.notegraph.extract.text.Sentence;
import org.notegraph.notes.LineIndex;

/**
 * Which paper each line of a note is read for: a mention's record (its line range, a heading's up to
 * the next heading), widened for a link that leads its
 * line in running text down to the next primary mention or heading, and for the note's own paper
 * (its front matter or its title heading) to the whole note. A mention is primary unless another
 * one's range holds its own and is larger; a line is read for the smallest range that holds it.
 */
final class Attribution {
    private final String text;
    private final LineIndex lines;
    private final List<PaperMention> papers;
    private final boolean[] primary;
    private final int[] rangeStart;
    private final int[] rangeEnd;

    private final Sections sections;
    /** The note's own paper (a one-paper note), or -1. */
    private int notesPaper = -1;

    Attribution(String text, LineIndex lines, List<PaperMention> papers, Sections sections) {
        this.text = text;
        this.sections = sections;
        this.lines = lines;
        this.papers = papers;
        int n = papers.size();
        primary = new boolean[n];
        rangeStart = new int[n];
        rangeEnd = new int[n];
        attributionRanges();
    }

    /** Whether paper mention {@code i} is primary: no larger range holds its own. */
    boolean isPrimary(int i) { return primary[i]; }

    /** The paper mention the whole note is about (its front matter or title heading), or -1. */
    int notesPaper() { return notesPaper; }

    /** The last line read for paper mention {@code i}. */
    int rangeEnd(int i) { return rangeEnd[i]; }

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

    private void attributionRanges() {
        int n = papers.size();
        for (int i = 0; i < n; i++) {
            rangeStart[i] = papers.get(i).span().line();
            rangeEnd[i] = papers.get(i).span().endLine();
        }
        markPrimary();
        TreeSet<Integer> primaryStarts = new TreeSet<>();
        for (int i = 0; i < n; i++) if (primary[i]) primaryStarts.add(rangeStart[i]);
        for (int i = 0; i < n; i++) {
            PaperMention m = papers.get(i);
            if (!primary[i] || !leadsItsLine(m)) continue;
            if (!m.rule().equals("text-link") && !m.rule().equals("html-anchor") && !m.rule().equals("bare-url")) continue;
            int next = lines.lineCount();
            Integer nextStart = primaryStarts.higher(rangeStart[i]);
            if (nextStart != null) next = Math.min(next, nextStart - 1);
            for (int line = rangeEnd[i] + 1; line <= next; line++) {
                if (isHeadingLine(line)) { next = line - 1; break; }
            }
            rangeEnd[i] = Math.max(rangeEnd[i], next);
        }
        widenToSections();
    }

    /**
     * The note's own paper, when the note has exactly one (stated by front matter, by the title
     * heading that opens it, or by the one paper heading that opens it), is read for the whole note.
     * (Other papers' headings keep their own section: a subsection under a paper's heading is as
     * often background as about the paper.)
     */
    private void widenToSections() {
        int own = -1;
        int owners = 0;
        for (int i = 0; i < papers.size(); i++) {
            if (!primary[i]) continue;
            String rule = papers.get(i).rule();
            if (rule.equals("front-matter") || rule.equals("note-title")) { own = i; owners++; }
            for (Sections.Section sec : sections.all()) {
                if (lines.lineOf(sec.start()) != rangeStart[i]) continue;
                if (sec.start() == firstHeadingStart() && rule.equals("heading-link") && headingPapers() == 1) { own = i; owners++; }
            }
        }
        if (owners == 1) {
            notesPaper = own;
            rangeStart[own] = 1;
            rangeEnd[own] = lines.lineCount();
        }
    }

    /** How many primary papers stand on a heading line. */
    private int headingPapers() {
        int n = 0;
        for (int i = 0; i < papers.size(); i++) {
            if (!primary[i]) continue;
            for (Sections.Section sec : sections.all()) if (lines.lineOf(sec.start()) == papers.get(i).span().line()) { n++; break; }
        }
        return n;
    }

    private int firstHeadingStart() {
        return sections.all().isEmpty() ? -1 : sections.all().get(0).start();
    }

    /**
     * A mention is primary unless another one's line range holds its range and is larger. Found in
     * n log n, not by comparing every pair: a line with 17,000 links made that take seconds. A larger
     * range holding [s, e] either starts before s and ends at e or later, or starts at s and ends after e.
     */
    private void markPrimary() {
        int n = papers.size();
        TreeMap<Integer, Integer> maxEndByStart = new TreeMap<>();
        for (int i = 0; i < n; i++) maxEndByStart.merge(rangeStart[i], rangeEnd[i], Math::max);
        TreeMap<Integer, Integer> maxEndBefore = new TreeMap<>();
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
    private boolean leadsItsLine(PaperMention m) {
        int s = lines.startOf(m.span().line());
        while (s < text.length() && text.charAt(s) != '\n' && Character.isWhitespace(text.charAt(s))) s++;
        return text.startsWith("[", s) || text.startsWith("<a", s)
                || m.url() != null && m.url().indexOf('\n') < 0 && text.startsWith(m.url(), s);
    }

    /** Whether a 1-based line is an ATX heading; reads only the line's start. */
    boolean isHeadingLine(int line) {
        int s = lines.startOf(line);
        while (s < text.length() && text.charAt(s) != '\n' && Character.isWhitespace(text.charAt(s))) s++;
        return s < text.length() && text.charAt(s) == '#';
    }

    /** The text of a 1-based line, without its line end. */
    String lineText(int line) {
        int s = lines.startOf(line);
        if (s >= text.length()) return "";
        int e = text.indexOf('\n', s);
        return text.substring(s, e < 0 ? text.length() : e);
    }
}
