package org.notegraph.extract.semantics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;

/**
 * What each paper of a note introduces, as later rules need it: the method its title is named after
 * (eponym), the method it introduced last, the phenomenon its title names, and the new method names
 * the note uses (by label key), each end with the words the note wrote it in.
 */
final class Introductions {
    private final Map<Integer, Endpoint> eponym = new HashMap<>();
    private final Map<Integer, String> eponymText = new HashMap<>();
    private final Map<Integer, Endpoint> lastIntroduced = new HashMap<>();
    private final Map<Integer, String> lastIntroducedText = new HashMap<>();
    private final Map<String, Endpoint.Named> namedInNote = new LinkedHashMap<>();
    /** The phenomenon a paper's title names, the topic its item's elided-subject sentences ("Occurs across …") speak of. */
    private final Map<Integer, ConceptMatcher.Found> titlePhenomenon = new HashMap<>();

    /** The method paper mention {@code paper}'s title is named after. */
    void eponym(int paper, Endpoint method, String name) {
        eponym.put(paper, method);
        eponymText.put(paper, name);
    }

    boolean hasEponym(int paper) { return eponym.containsKey(paper); }

    /** The method paper mention {@code paper}'s title is named after, or null. */
    Endpoint eponymOf(int paper) { return eponym.get(paper); }

    /** A method paper mention {@code paper} introduces, written {@code name}; a new name is remembered for the note. */
    void introduced(int paper, Endpoint method, String name) {
        lastIntroduced.put(paper, method);
        lastIntroducedText.put(paper, name);
        if (method instanceof Endpoint.Named n) namedInNote.putIfAbsent(ConceptVocabulary.key(name), n);
    }

    /** The method paper mention {@code paper} introduced last in the note, else the one its title is named after, or null. */
    Endpoint introducedBy(int paper) {
        return lastIntroduced.getOrDefault(paper, eponym.get(paper));
    }

    /**
     * How the note wrote {@code method} when it is the very method paper {@code paper} introduced last
     * or is named after, else null.
     */
    String writtenAs(int paper, Endpoint method) {
        if (method == lastIntroduced.get(paper)) return lastIntroducedText.get(paper);
        if (method == eponym.get(paper)) return eponymText.get(paper);
        return null;
    }

    /** Whether {@code method} is the very method paper {@code paper} introduced last or is named after. */
    boolean isIntroducedBy(int paper, Endpoint method) {
        return method == lastIntroduced.get(paper) || method == eponym.get(paper);
    }

    /** A new method the note named, by its label key, or null. */
    Endpoint.Named named(String key) { return namedInNote.get(key); }

    boolean anyNamed() { return !namedInNote.isEmpty(); }

    void titlePhenomenon(int paper, ConceptMatcher.Found phenomenon) { titlePhenomenon.putIfAbsent(paper, phenomenon); }

    ConceptMatcher.Found titlePhenomenon(int paper) { return titlePhenomenon.get(paper); }
}
