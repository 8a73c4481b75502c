package org.notegraph.extract.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.notes.LineIndex;

/**
 * Finds vocabulary concepts in prose: whole words only, the longest label first, plurals folded,
 * acronyms case-sensitive. A label may run over a hyphen, a slash or one line break, never over
 * other punctuation.
 */
public final class ConceptMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private final ConceptVocabulary vocabulary;

    public ConceptMatcher(ConceptVocabulary vocabulary) { this.vocabulary = vocabulary; }

    /** A word of the prose with its offsets. */
    public record Word(String text, int start, int end) {}

    public static List<Word> words(String prose, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(prose).region(from, to);
        while (m.find()) out.add(new Word(m.group(), m.start(), m.end()));
        return out;
    }

    /** Concepts in the prose between two offsets. */
    public List<Found> find(String prose, int from, int to) {
        List<Word> words = words(prose, from, to);
        int[] joinedRun = joinedRuns(prose, words);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int max = Math.min(joinedRun[i], vocabulary.longestLabelWords());
            Found hit = null;
            if (vocabulary.mayStartLabel(words.get(i).text())) {
                for (int n = max; n >= 1 && hit == null; n--) {
                    String written = prose.substring(words.get(i).start(), words.get(i + n - 1).end());
                    Optional<Concept> c = match(written);
                    if (c.isPresent()) hit = new Found(c.get(), written, words.get(i).start(), words.get(i + n - 1).end(), n);
                }
            }
            if (hit != null) {
                out.add(hit);
                i += hit.words();
            } else {
                i++;
            }
        }
        return out;
    }

    /** A concept found: which, as written, and where. */
    public record Found(Concept concept, String written, int start, int end, int words) {
        public SourceSpan span(LineIndex lines) {
            return new SourceSpan(start, end, lines.lineOf(start), lines.lineOf(Math.max(start, end - 1)));
        }
    }

    private Optional<Concept> match(String written) {
        Optional<Concept> c = vocabulary.lookup(written);
        if (c.isPresent()) return c;
        String w = written;
        if (w.length() > 3 && w.endsWith("es")) {
            c = vocabulary.lookup(w.substring(0, w.length() - 2));
            if (c.isPresent()) return c;
        }
        if (w.length() > 2 && (w.endsWith("s") || w.endsWith("’s") || w.endsWith("'s"))) {
            String stem = w.endsWith("s") && !w.endsWith("'s") && !w.endsWith("’s") ? w.substring(0, w.length() - 1) : w.substring(0, w.length() - 2);
            c = vocabulary.lookup(stem);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    /** For each word, how many words from it on a label may span: itself and those joined to it by {@link #joins} gaps. */
    private static int[] joinedRuns(String prose, List<Word> words) {
        int[] run = new int[words.size()];
        for (int k = words.size() - 1; k >= 0; k--) {
            boolean joinsNext = k + 1 < words.size() && joins(prose, words.get(k).end(), words.get(k + 1).start());
            run[k] = joinsNext ? run[k + 1] + 1 : 1;
        }
        return run;
    }

    /** Whether the gap between two words is blanks around at most one hyphen, slash or line break. */
    static boolean joins(String prose, int from, int to) {
        int i = from;
        while (i < to && isBlank(prose.charAt(i))) i++;
        if (i < to && "-/\n".indexOf(prose.charAt(i)) >= 0) i++;
        while (i < to && isBlank(prose.charAt(i))) i++;
        return i == to;
    }

    private static boolean isBlank(char c) { return c == ' ' || c == '\t'; }
}
