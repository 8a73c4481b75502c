package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * Finds what a relation cue's object is: a concept of the wanted kind near the cue, a method name
 * the vocabulary lacks, a method the note named before, or a cited paper; and the concepts joined
 * to it by "and", "or" or commas.
 */
final class RelationObjects {
    /**
     * A name written like a model's, right after a cue, that the vocabulary does not know: inner
     * capitals or digits ("VideoBERT", "ResNeXt-50", "wav2vec"), an acronym with a word ending
     * ("ZFNet") or an acronym of three or more letters.
     */
    private static final Pattern DISTINCTIVE_NAME_AFTER = Pattern.compile(
            "\\s*(?:(?:the|a|an)\\s+)?(?<name>(?:[A-Z]?[a-z]+[A-Z0-9][A-Za-z0-9]*|[A-Z]{2,}[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]{2,}|[A-Z]{3,}[a-z]?)(?:-[A-Za-z0-9]+)*)(?![\\w-])");
    private static final Pattern ANAPHOR = Pattern.compile("(?i)^\\s*(?:on\\s+)?(?:this|these|that|their|its|the\\s+(?:theory|idea|method|model|approach|work))\\b");
    private static final Pattern OF_PHRASE = Pattern.compile("(?i)^(?:\\s+[\\w-]+){0,3}?\\s+of\\s+(?:the\\s+)?$");
    /** A topic the note sets in bold or italics right after a "studies" cue: "talks about **Confidence Calibration**". */
    private static final Pattern EMPHASISED_TOPIC = Pattern.compile(
            "\\s*(?:(?:the|a|an)\\s+)?(?<mark>\\*\\*|__|\\*|_)(?<topic>[\\p{L}][\\p{L}\\d' -]{2,50}?)\\k<mark>(?![*_])");
    /** "other calibration methods": a class of rivals, not a named one. */
    private static final Pattern OTHER_BEFORE = Pattern.compile("(?i)\\b(?:other|several|many|various|all|most|existing|prior|previous)\\s+$");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)^\\s*(?:\\([^()]{1,30}\\))?(?:[\\s,]*(?:and|or|as\\s+well\\s+as|,)\\s+(?:the\\s+|a\\s+|an\\s+)?[\\w-]*\\s*$|\\s*,\\s*$)");
    /** A name the vocabulary lacks joined after the last object: "isotonic regression and BBQ". */
    private static final Pattern CONJOINED_NAME = Pattern.compile(
            "^\\s*(?:\\([^()]{1,30}\\))?[\\s,]*(?:and|or|,)\\s+(?:the\\s+)?(?<name>(?:[A-Z]?[a-z]+[A-Z0-9][A-Za-z0-9]*|[A-Z]{2,}[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{3,}[a-z]?)(?:-[A-Za-z0-9]+)*)(?![\\w-])");
    /** After "combining": "A's lower bound with the B" joins B to A. */
    private static final Pattern COMBINED_WITH = Pattern.compile("(?i)^(?:\\s+[\\w-]+){0,2}\\s+(?:with|and)\\s+(?:the\\s+|a\\s+|an\\s+)?$");

    private final ConceptVocabulary vocabulary;
    private final CueRules cues;

    RelationObjects(ConceptVocabulary vocabulary, CueRules cues) {
        this.vocabulary = vocabulary;
        this.cues = cues;
    }

    /**
     * The object a relation cue points at: a vocabulary concept ({@link ConceptMatcher.Found}), or an
     * endpoint (a method name the vocabulary lacks, a method the note named before, a cited paper), or null.
     */
    Object objectFor(NoteReading note, Introductions introduced, CueRules.RelationCue cue, Sentence s, int cueStart, int cueEnd, int subject,
                     List<Sentence> earlier) {
        boolean wantMethod = cue.object().equals("method") || cue.object().startsWith("concept");
        boolean wantPhenomenon = cue.object().equals("phenomenon") || cue.object().startsWith("concept");
        boolean anywhere = cue.relation() == Relation.SUPPORTS || cue.relation() == Relation.DISPUTES;
        if (wantMethod && cue.window() > 0) {
            Matcher name = DISTINCTIVE_NAME_AFTER.matcher(note.prose()).region(cueEnd, s.end());
            if (name.lookingAt() && !cues.isStopWord(name.group("name")) && !vocabulary.lookup(name.group("name")).isPresent()) {
                return new Endpoint.Named(name.group("name"), Concept.Kind.METHOD);
            }
        }
        int colon = note.prose().indexOf(':', cueEnd);
        for (ConceptMatcher.Found f : note.foundIn(s.start(), s.end())) {
            if (f.end() > s.end()) continue;
            Concept.Kind k = f.concept().kind();
            boolean kindOk = wantMethod && k == Concept.Kind.METHOD || wantPhenomenon && k == Concept.Kind.PHENOMENON;
            if (!kindOk || vocabulary.isUmbrella(f.concept())) continue;
            if (anywhere && k == Concept.Kind.PHENOMENON && (cue.relation() == Relation.DISPUTES
                    || f.end() <= cueStart && wordsBetween(note.prose(), f.end(), cueStart) <= 4
                    || f.start() >= cueEnd && wordsBetween(note.prose(), cueEnd, f.start()) <= cue.window())) {
                return f;
            }
            if (cue.window() < 0) {
                if (f.end() <= cueStart && wordsBetween(note.prose(), f.end(), cueStart) <= -cue.window()) return f;
                continue;
            }
            if (f.start() < cueEnd) continue;
            if (colon >= 0 && colon < f.start()) break;
            if (OTHER_BEFORE.matcher(note.prose().substring(cueEnd, f.start())).find()) break;
            if (wordsBetween(note.prose(), cueEnd, f.start()) <= cue.window()) return narrowest(note, f, s, cueEnd, cue.window() + 4);
            break;
        }
        if (wantMethod && cue.window() > 0 && introduced.anyNamed()) {
            List<ConceptMatcher.Word> after = ConceptMatcher.words(note.prose(), cueEnd, s.end());
            for (int w = 0; w < Math.min(after.size(), cue.window() + 1); w++) {
                for (int n = Math.min(5, after.size() - w); n >= 1; n--) {
                    String candidate = note.prose().substring(after.get(w).start(), after.get(w + n - 1).end());
                    Endpoint.Named named = introduced.named(ConceptVocabulary.key(candidate));
                    if (named != null) return named;
                }
            }
        }
        if (cue.relation() == Relation.STUDIES) {
            Matcher topic = EMPHASISED_TOPIC.matcher(note.note().text()).region(cueEnd, s.end());
            if (topic.lookingAt() && vocabulary.lookup(topic.group("topic")).isEmpty() && !cues.isStopWord(topic.group("topic"))) {
                return new Endpoint.Named(topic.group("topic").replaceAll("\\s+", " ").strip(), Concept.Kind.PHENOMENON);
            }
        }
        if (cue.object().endsWith("paper")
                && ANAPHOR.matcher(note.prose().substring(cueEnd, Math.min(s.end(), cueEnd + 30))).find()) {
            Endpoint cited = CitedPapers.citedBefore(note, earlier, subject);
            if (cited != null) return cited;
        }
        if (cue.object().endsWith("paper")) {
            for (int j : note.papersStartingIn(cueEnd, s.end())) {
                int at = note.paper(j).span().start();
                if (j != subject && wordsBetween(note.prose(), cueEnd, at) <= cue.window() + 2) return new Endpoint.Paper(j);
            }
        }
        return null;
    }

    /**
     * A narrower concept named in an "of" phrase soon after the one found ("the meta-learning
     * objective of MAML"): the specific method is the one meant.
     */
    private ConceptMatcher.Found narrowest(NoteReading note, ConceptMatcher.Found found, Sentence s, int cueEnd, int window) {
        ConceptMatcher.Found best = found;
        for (ConceptMatcher.Found g : note.foundIn(found.end(), s.end())) {
            if (g.end() > s.end() || wordsBetween(note.prose(), cueEnd, g.start()) > window) break;
            if (g.concept().kind() == best.concept().kind() && vocabulary.isBroaderThan(best.concept(), g.concept())
                    && OF_PHRASE.matcher(note.prose().substring(best.end(), g.start())).find()) {
                best = g;
            }
        }
        return best;
    }

    /**
     * Concepts of the same kind joined to the first object by "and", "or" or commas ("XGBoost and
     * CatBoost"), or, after "combining", by "with" ("combining the A bound with the B estimator").
     */
    List<ConceptMatcher.Found> conjoined(NoteReading note, ConceptMatcher.Found first, Sentence s, boolean combining) {
        List<ConceptMatcher.Found> out = new ArrayList<>();
        ConceptMatcher.Found last = first;
        for (ConceptMatcher.Found f : note.foundIn(first.end(), s.end())) {
            if (f.start() < last.end()) continue;
            if (f.concept().kind() != first.concept().kind() || vocabulary.isUmbrella(f.concept())) break;
            String between = note.prose().substring(last.end(), f.start());
            if (!CONJUNCTION.matcher(between).find() && !(combining && COMBINED_WITH.matcher(between).find())) break;
            out.add(f);
            last = f;
        }
        return out;
    }

    /** Names the vocabulary lacks, written like a model's, joined by "and", "or" or commas after an object ending at {@code from}. */
    List<Endpoint.Named> conjoinedNames(NoteReading note, int from, Sentence s) {
        List<Endpoint.Named> out = new ArrayList<>();
        int at = from;
        while (at < s.end()) {
            Matcher m = CONJOINED_NAME.matcher(note.prose()).region(at, s.end());
            if (!m.lookingAt() || cues.isStopWord(m.group("name")) || vocabulary.lookup(m.group("name")).isPresent()) break;
            out.add(new Endpoint.Named(m.group("name"), Concept.Kind.METHOD));
            at = m.end();
        }
        return out;
    }

    private static int wordsBetween(String prose, int from, int to) {
        if (to <= from) return 0;
        return ConceptMatcher.words(prose, from, to).size();
    }

}
