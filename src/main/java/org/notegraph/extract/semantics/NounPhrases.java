package org.notegraph.extract.semantics;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.notegraph.extract.text.EnglishNlp;

/**
 * Noun phrases read from part-of-speech tags ({@link EnglishNlp}): the phrase a stretch of text
 * opens with (determiners and pronouns dropped), as a candidate name for a method or phenomenon the
 * vocabulary lacks. A phrase must end in a noun and hold at most five words; generic heads ("method",
 * "model", "results") alone are no name.
 */
final class NounPhrases {
    private static final int MAX_WORDS = 5;
    private static final ThreadLocal<EnglishNlp> NLP = ThreadLocal.withInitial(EnglishNlp::new);
    /** Nouns that name no particular method or phenomenon when they stand alone or lead a phrase. */
    private static final Set<String> GENERIC = Set.of("method", "methods", "model", "models", "approach", "approaches",
            "results", "result", "paper", "work", "authors", "performance", "baseline", "baselines", "task", "tasks",
            "data", "way", "variant", "variants", "one", "ones", "others", "network", "networks", "technique", "techniques",
            "algorithm", "algorithms", "idea", "thing", "things", "set", "number", "lot", "kind", "type", "part", "state", "art");

    private NounPhrases() {}

    /** A phrase found in a text: its offsets in that text and its words. */
    record Phrase(int start, int end, String text) {}

    /** The point of an abbreviated word inside a name ("Temp. Scaling"): after a capitalised noun, before another. */
    private static boolean abbreviationPoint(List<EnglishNlp.Token> tokens, int i, int first) {
        if (i == first || i + 1 >= tokens.size() || !tokens.get(i).text().equals(".")) return false;
        EnglishNlp.Token before = tokens.get(i - 1);
        EnglishNlp.Token after = tokens.get(i + 1);
        return before.isNoun() && before.end() == tokens.get(i).start() && Character.isUpperCase(before.text().charAt(0))
                && after.isNoun() && Character.isUpperCase(after.text().charAt(0));
    }

    /** A word in -ing after a noun that takes no object of its own ("kernel smoothing consistently …"): a noun. */
    private static boolean nominalIng(List<EnglishNlp.Token> tokens, int i, int first) {
        EnglishNlp.Token t = tokens.get(i);
        if (i == first || !t.isVerb() || !t.text().toLowerCase(Locale.ROOT).endsWith("ing")) return false;
        if (!tokens.get(i - 1).isNoun()) return false;
        return i + 1 >= tokens.size() || !(tokens.get(i + 1).isNoun() || tokens.get(i + 1).tag().equals("DET"));
    }

    /**
     * The noun phrase {@code text} opens with (after white space, markup and a determiner), or null
     * when it opens with something else or the phrase is generic.
     */
    static Phrase leading(String text) {
        List<EnglishNlp.Token> tokens = NLP.get().tag(text);
        int i = 0;
        while (i < tokens.size() && (tokens.get(i).tag().equals("DET") || tokens.get(i).tag().equals("PUNCT")
                || tokens.get(i).text().matches("[*_`\"“]+"))) i++;
        int first = i;
        int lastNoun = -1;
        while (i < tokens.size() && i - first < MAX_WORDS && !tokens.get(i).tag().equals("DET")
                && (tokens.get(i).inNounPhrase() || nominalIng(tokens, i, first) || abbreviationPoint(tokens, i, first))) {
            if (tokens.get(i).isNoun() || nominalIng(tokens, i, first)) lastNoun = i;
            i++;
        }
        if (lastNoun < first) return null;
        EnglishNlp.Token head = tokens.get(lastNoun);
        String headWord = head.text().toLowerCase(Locale.ROOT);
        if (lastNoun == first && GENERIC.contains(headWord)) return null;
        if (GENERIC.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) return null;
        int start = tokens.get(first).start();
        int end = head.end();
        String phrase = text.substring(start, end).replaceAll("\\s+", " ").strip();
        if (phrase.length() < 3 || !phrase.matches(".*\\p{L}{2,}.*")) return null;
        return new Phrase(start, end, phrase);
    }
}
