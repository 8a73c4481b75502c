package org.notegraph.extract.semantics;

import java.util.Locale;
import java.util.Optional;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * Method names in a note: whether words can be a method's name, and what a paper introduces under
 * a name, a vocabulary concept or a new named method, which extends the known method its name is
 * built on.
 */
final class MethodNames {
    private final ConceptVocabulary vocabulary;
    private final CueRules cues;

    MethodNames(ConceptVocabulary vocabulary, CueRules cues) {
        this.vocabulary = vocabulary;
        this.cues = cues;
    }

    /** A name of 1-5 words that is capitalised like a method's name, not a stop word. */
    boolean looksLikeMethodName(String name) {
        String n = name.strip();
        if (n.isEmpty() || cues.isStopWord(n)) return false;
        String[] words = n.split("\\s+");
        if (words.length > 5) return false;
        if (cues.isStopWord(words[0])) return false;
        for (String w : words) {
            boolean function = w.matches("and|of|for|the|a|an|with|in|on|to|by|&");
            if (!function && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    && !w.matches("[a-z]+[A-Z0-9-].*|[a-z]{1,3}-[A-Za-z0-9]+")) {
                return false;
            }
        }
        return Character.isLetter(n.codePointAt(0));
    }

    /**
     * "Latent Variable Models (LVM)": an acronym made of the initials of the words before it (small
     * words such as "of" or "to" may be skipped) abbreviates them; it names no new method.
     */
    static boolean isInitialism(String acronym, String before) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        if (letters.isEmpty()) return false;
        String[] words = before.replaceAll("[(\\s]+$", "").split("[\\s\\-]+");
        int k = letters.length() - 1;
        for (int i = words.length - 1; i >= 0 && k >= 0; i--) {
            String w = words[i].replaceAll("[^\\p{L}]", "");
            if (w.isEmpty()) return false;
            if (Character.toUpperCase(w.charAt(0)) == letters.charAt(k)) k--;
            else if (!(w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT)))) return false;
        }
        return k < 0;
    }

    /** Names with a capital inside, a digit, or several capitalised words: "RealnessGAN", "Prox-SGD", "Nuclear Sampling". */
    static boolean isDistinctive(String name) {
        if (name.matches(".*\\p{L}.*\\p{Lu}.*") || name.matches(".*\\d.*")) return true;
        return name.split("\\s+").length >= 2 || name.length() >= 6;
    }

    /**
     * The name a cue captured, without quotes, brackets and trailing punctuation (and, unless any
     * case will do, a trailing "method", "model" …), or null when it cannot be a method's name.
     */
    String cleanName(String raw, boolean anyCase) {
        if (raw == null) return null;
        String n = raw.replaceAll("\\s+", " ").strip().replaceAll("^[\"“(]+|[\"”),.;:]+$", "").strip();
        if (!anyCase) n = n.replaceAll("(?i)\\s+(method|approach|model|framework|algorithm|technique)$", "").strip();
        if (n.isEmpty() || n.length() > 60 || cues.isStopWord(n)) return null;
        if (anyCase) return n.split("\\s+").length <= 5 && Character.isLetter(n.codePointAt(0)) ? n : null;
        return looksLikeMethodName(n) ? n : null;
    }

    /**
     * The method a paper introduces under a name: the vocabulary's concept when the name is one of
     * its labels, unless the name is only an acronym the paper's title spells out differently
     * ("GIN" for General Incompressible-flow Networks is not the graph isomorphism network).
     */
    Endpoint introducedMethod(String name, String title) {
        Optional<Concept> known = vocabulary.lookup(name);
        if (known.isEmpty()) return new Endpoint.Named(name, Concept.Kind.METHOD);
        if (ConceptVocabulary.isAcronym(name) && title != null && title.contains("(" + name + ")")) {
            String titleKey = ConceptVocabulary.key(title);
            boolean spelledOut = known.get().labels().stream()
                    .anyMatch(l -> !ConceptVocabulary.isAcronym(l) && titleKey.contains(ConceptVocabulary.key(l)));
            if (!spelledOut) return new Endpoint.Named(name, Concept.Kind.METHOD);
        }
        return new Endpoint.Known(known.get());
    }

    /** Whether the name a note introduces is a known phenomenon, dataset or task: then it introduces no method. */
    static boolean isKnownNonMethod(Endpoint introduced) {
        return introduced instanceof Endpoint.Known k && k.concept().kind() != Concept.Kind.METHOD;
    }

    /**
     * A new method whose name is a known method's name plus a modifier ("DARTS-ES", "Mogrifier
     * LSTM", "RealnessGAN", "Prox-SGD") extends that method.
     */
    void nameComposition(RelationSet relations, Endpoint method, String name, Sentence s) {
        if (!(method instanceof Endpoint.Named)) return;
        String[] parts = name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").split("[\\s\\-_]+");
        if (parts.length < 2) return;
        for (String part : parts) {
            if (part.length() < 3) continue;
            Optional<Concept> base = vocabulary.lookup(part);
            if (base.isEmpty() || base.get().kind() != Concept.Kind.METHOD || vocabulary.isUmbrella(base.get())) continue;
            boolean distinctive = ConceptVocabulary.isAcronym(part) || Character.isUpperCase(part.codePointAt(0));
            if (!distinctive) continue;
            relations.add(method, Relation.EXTENDS, new Endpoint.Known(base.get()), s, 0.6, "name-composition", name, part);
            return;
        }
    }
}
