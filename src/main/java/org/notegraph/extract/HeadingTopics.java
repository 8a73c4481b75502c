package org.notegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section heading that is a phenomenon's name, maybe followed by topic words
 * ({@code heading-topic-words.txt}: "### Generalization gap estimation"), makes that phenomenon
 * the topic every paper listed in the section studies, down to the next heading of its level.
 */
final class HeadingTopics {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private final ConceptVocabulary vocabulary;
    private final ConceptMatcher matcher;
    private final CueRules cues;

    HeadingTopics(ConceptVocabulary vocabulary, ConceptMatcher matcher, CueRules cues) {
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        this.cues = cues;
    }

    /** Adds a "studies" relation from each primary paper listed under a topic heading to its topic. */
    void addTo(ExtractionRun run) {
        Integer[] byLine = new Integer[run.papers.size()];
        for (int i = 0; i < byLine.length; i++) byLine[i] = i;
        java.util.Arrays.sort(byLine, java.util.Comparator.comparingInt(i -> run.papers.get(i).span().line()));
        int[] lines = new int[byLine.length];
        for (int k = 0; k < byLine.length; k++) lines[k] = run.papers.get(byLine[k]).span().line();
        List<int[]> headings = new ArrayList<>();
        for (int line = 1; line <= run.lines.lineCount(); line++) {
            Matcher h = HEADING.matcher(run.lineText(line));
            if (h.matches()) headings.add(new int[] {line, h.group(1).length()});
        }
        for (int k = 0; k < headings.size(); k++) {
            int line = headings.get(k)[0];
            int level = headings.get(k)[1];
            String text = run.lineText(line);
            ConceptMatcher.Found topic = headingTopic(text);
            if (topic == null) continue;
            int end = run.lines.lineCount();
            for (int j = k + 1; j < headings.size(); j++) {
                if (headings.get(j)[1] <= level) { end = headings.get(j)[0] - 1; break; }
            }
            int start = run.lines.startOf(line);
            Sentence heading = new Sentence(start, start + text.length(), true);
            int from = java.util.Arrays.binarySearch(lines, line + 1);
            if (from < 0) from = -from - 1;
            while (from > 0 && lines[from - 1] > line) from--;
            for (int p = from; p < lines.length && lines[p] <= end; p++) {
                if (!run.primary[byLine[p]] || lines[p] <= line) continue;
                run.addWithEvidence(new Endpoint.Paper(byLine[p]), "studies", new Endpoint.Known(topic.concept()), heading,
                        HEADING.matcher(text).replaceAll("$2").strip(), 0.55, "section-heading-topic", null, topic.written());
            }
        }
    }

    /** The phenomenon a heading names when it says nothing else but topic words, or null. */
    private ConceptMatcher.Found headingTopic(String line) {
        if (line.contains("](") || line.contains("<a ")) return null;
        String title = HEADING.matcher(line).replaceAll("$2");
        List<ConceptMatcher.Found> found = matcher.find(title, 0, title.length());
        if (found.size() != 1) return null;
        ConceptMatcher.Found f = found.get(0);
        if (f.concept().kind() != Concept.Kind.PHENOMENON || vocabulary.isUmbrella(f.concept())) return null;
        String before = title.substring(0, f.start()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (!before.isEmpty()) return null;
        for (String word : title.substring(f.end()).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !cues.isHeadingTopicWord(word)) return null;
        }
        return f;
    }
}
