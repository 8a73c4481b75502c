package org.notegraph.extract.semantics;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * Relations a sentence states by a relation cue ({@code relation-cues.tsv}): the cue gives the
 * relation, {@link RelationObjects} its object, and the subject is the paper, or for "extends",
 * "uses" and "outperforms" the method the sentence or the paper introduced, or a paper cited right
 * before the cue. "Supports" holds only where the sentence says a phenomenon is seen, not where it
 * is negated or acted on.
 */
final class CuedRelations {
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never|cannot|n't|neither|nor|without)\\b");
    /** Verbs that act on a phenomenon: "alleviates double descent" is a claim about it, not a sighting of it. */
    private static final Pattern ACTS_ON = Pattern.compile(
            "(?i)\\b(?:alleviat|mitigat|reduc|prevent|caus|explain|avoid|eliminat|increas|decreas|improv|hurt|harm|overcom|fix|bridg|remov|cur|suppress|induc)\\w*\\s+(?:the\\s+|this\\s+|a\\s+)?[\\w-]*\\s*[\\w-]*\\s*$");
    /** Words before a phenomenon that say it is seen: "networks exhibit double descent". */
    private static final Pattern SIGHTED_BEFORE = Pattern.compile(
            "(?i)\\b(?:exhibit|display|undergo|suffer\\s+from|experience|show|reveal|ha(?:ve|s)|there\\s+(?:is|are|exists?))\\w*(?:\\s+[\\w-]+){0,4}?\\s*[\"“]?$");
    /** Words after a phenomenon that say it is seen: "double descent occurs …". */
    private static final Pattern SIGHTED_AFTER = Pattern.compile(
            "(?i)^[\"”]?\\s*(?:phenomenon\\s+|curve\\s+|effect\\s+)?(?:\\w+ly\\s+)?(?:also\\s+)?(?:occur|exist|aris|emerg|hold|appear|happen|persist)\\w*\\b");
    /** Sighting verbs whose subject is what is seen ("double descent occurs"). */
    private static final Pattern INTRANSITIVE = Pattern.compile("(?i)occurs?|occurred|exists?|arises?|emerges?");
    private static final Pattern THAT = Pattern.compile("(?i)\\b(?:that|how)\\b");
    /** The rules of comparison notation ({@code A >> B}, {@code A < B}) in {@code relation-cues.tsv}. */
    private static final String NOTATION_RULE = "outperforms-notation";
    /** Nothing but filler before the cue: the sentence's subject is left out ("Also occurs when …"). */
    private static final Pattern ELIDED_SUBJECT = Pattern.compile(
            "(?i)[\\W_]*(?:(?:also|it|this|they|and|often|typically|usually|sometimes|still|even|again)\\s+)*");

    private final ConceptVocabulary vocabulary;
    private final CueRules cues;
    private final RelationObjects objects;

    CuedRelations(ConceptVocabulary vocabulary, CueRules cues, RelationObjects objects) {
        this.vocabulary = vocabulary;
        this.cues = cues;
        this.objects = objects;
    }

    /** A relation's end as the note writes it (null when it is no concept). */
    private record End(Endpoint endpoint, String text) {}

    /**
     * Adds the relations the passage's cues state for its paper, given the methods the sentence
     * names; true when one of them is a "supports" or "disputes" stance, so that the sentence is not
     * read for a claim as well.
     */
    boolean addTo(NoteReading note, Findings findings, Passage p, MethodIntroductions.Named named) {
        boolean stanceOnPhenomenon = false;
        for (CueRules.RelationCue cue : cues.relationsIn(p.text())) {
            Matcher m = cue.pattern().matcher(p.text());
            while (m.find()) stanceOnPhenomenon |= read(note, findings, p, named, cue, m);
        }
        return stanceOnPhenomenon;
    }

    /** One match of a cue: adds the relation it states; true when it is a stance on a phenomenon. */
    private boolean read(NoteReading note, Findings findings, Passage p, MethodIntroductions.Named named,
                         CueRules.RelationCue cue, Matcher m) {
        Sentence s = p.sentence();
        int cueStart = s.start() + m.start();
        int cueEnd = s.start() + m.end();
        Object found = objects.objectFor(note, findings.introductions(), cue, s, cueStart, cueEnd, p.subject(), p.earlier());
        if (found == null) return readWithoutObject(findings, p, named, cue, m);
        Endpoint object = found instanceof ConceptMatcher.Found f ? new Endpoint.Known(f.concept()) : (Endpoint) found;
        String objectText = found instanceof ConceptMatcher.Found f ? f.written() : null;
        End subject = new End(new Endpoint.Paper(p.subject()), null);
        if (cue.relation() == Relation.EXTENDS || cue.relation() == Relation.USES || cue.relation() == Relation.OUTPERFORMS) {
            subject = methodEnd(note, findings.introductions(), p, named, cue, m.start(), cueStart);
            if (subject == null) return false;
        }
        boolean stance = false;
        if (cue.relation() == Relation.SUPPORTS && cue.window() < 0 && found instanceof ConceptMatcher.Found f) {
            if (NEGATION.matcher(note.prose().substring(f.start(), cueEnd)).find()) return false;
            Endpoint source = CitedPapers.citedJustAfter(note, s, cueEnd, p.subject());
            if (source != null) subject = new End(source, null);
            stance = true;
        } else if (cue.relation() == Relation.SUPPORTS || cue.relation() == Relation.DISPUTES) {
            if (cue.relation() == Relation.SUPPORTS && !reportsSighting(note, p, found, cueEnd)) return false;
            // "X occurs": what occurs stands before the verb; "this occurs because the loss leads to X" sights no X
            if (cue.relation() == Relation.SUPPORTS && INTRANSITIVE.matcher(m.group()).matches()
                    && found instanceof ConceptMatcher.Found f && f.start() >= cueEnd) return false;
            stance = true;
        }
        add(findings, cue, s, subject, new End(object, objectText));
        if (found instanceof ConceptMatcher.Found f && cue.relation() != Relation.STUDIES) {
            boolean combining = m.group().toLowerCase(java.util.Locale.ROOT).startsWith("combin");
            int last = f.end();
            for (ConceptMatcher.Found more : objects.conjoined(note, f, s, combining)) {
                add(findings, cue, s, subject, new End(new Endpoint.Known(more.concept()), more.written()));
                last = more.end();
            }
            if (f.concept().kind() == Concept.Kind.METHOD) {
                for (Endpoint.Named more : objects.conjoinedNames(note, last, s)) add(findings, cue, s, subject, new End(more, more.name()));
            }
        }
        return stance;
    }

    /** Adds the relation a cue states; a reversed cue ("A < B": B outperforms A) states it from its object. */
    private static void add(Findings findings, CueRules.RelationCue cue, Sentence s, End subject, End object) {
        if (cue.reversed()) {
            findings.relations().add(object.endpoint(), cue.relation(), subject.endpoint(), s, cue.confidence(), cue.rule(), object.text(), subject.text());
        } else {
            findings.relations().add(subject.endpoint(), cue.relation(), object.endpoint(), s, cue.confidence(), cue.rule(), subject.text(), object.text());
        }
    }

    /**
     * A cue whose object is not found: "supports" with the subject left out ("Also occurs …") speaks
     * of the phenomenon the paper's title names; a cue whose object is the base ("builds on") takes
     * what the note says the method extends. True when that is a stance on a phenomenon.
     */
    private boolean readWithoutObject(Findings findings, Passage p, MethodIntroductions.Named named,
                                      CueRules.RelationCue cue, Matcher m) {
        Sentence s = p.sentence();
        Endpoint paper = new Endpoint.Paper(p.subject());
        if (cue.relation() == Relation.SUPPORTS && m.start() <= 40
                && ELIDED_SUBJECT.matcher(p.text().substring(0, m.start())).matches()) {
            ConceptMatcher.Found topic = findings.introductions().titlePhenomenon(p.subject());
            if (topic == null || negated(p.text())) return false;
            findings.relations().add(paper, Relation.SUPPORTS, new Endpoint.Known(topic.concept()), s, cue.confidence() * 0.9,
                    cue.rule() + "-title-topic", null, topic.written());
            return true;
        }
        if (cue.object().equals("base")) {
            Endpoint better = methodSubject(named.byOffset(), m.start(), findings.introductions().introducedBy(p.subject()), paper);
            RelationMention base = findings.relations().extensionOf(better);
            if (base != null) {
                findings.relations().add(better, cue.relation(), base.object(), s, cue.confidence(), cue.rule(),
                        base.subjectText(), base.objectText());
            }
        }
        return false;
    }

    /**
     * The subject of "extends", "uses" and "outperforms": a paper cited right before the cue, else
     * for "extends" in a sentence that introduces no method the last method it names before the
     * cue, else the method the sentence or its paper introduced (or the paper).
     */
    private End methodEnd(NoteReading note, Introductions introduced, Passage p, MethodIntroductions.Named named,
                          CueRules.RelationCue cue, int matchStart, int cueStart) {
        // in a note about one paper, many methods are named and defined along the way: a sentence
        // without its own method speaks of the paper (or the method its title names), not of the last one named
        Endpoint remembered = p.subject() == note.notesPaper() ? introduced.eponymOf(p.subject()) : introduced.introducedBy(p.subject());
        Endpoint method = methodSubject(named.byOffset(), matchStart, remembered, new Endpoint.Paper(p.subject()));
        String text = introduced.isIntroducedBy(p.subject(), method) ? introduced.writtenAs(p.subject(), method)
                : named.written().get(method);
        Endpoint cited = CitedPapers.citedJustBefore(note, p.sentence(), cueStart, p.subject());
        if (cited != null) return new End(cited, null);
        if (cue.relation() == Relation.OUTPERFORMS) {
            // "VGG instead of ZFNet improves …", "BERT beats …": the method right before the cue
            ConceptMatcher.Found before = methodBefore(note, p.sentence(), cueStart);
            if (before != null && ConceptMatcher.words(note.prose(), before.end(), cueStart).size() <= 1
                    && !named.byOffset().containsValue(new Endpoint.Known(before.concept()))) {
                return new End(new Endpoint.Known(before.concept()), before.written());
            }
        }
        boolean namedBefore = named.byOffset().keySet().stream().anyMatch(k -> k < matchStart);
        if (!namedBefore && cue.relation() != Relation.USES) {
            End clause = clauseSubject(note, p.sentence(), cueStart, cue.relation() == Relation.OUTPERFORMS || copulaBefore(note, p.sentence(), cueStart));
            String prefix = clausePrefix(note, p.sentence(), cueStart);
            if (clause == null && ANAPHOR_SUBJECT.matcher(prefix).matches()) {
                for (int k = p.earlier().size() - 1; k >= 0 && clause == null; k--) {
                    Sentence e = p.earlier().get(k);
                    clause = clauseSubject(note, e, e.end(), false);
                    if (clause == null) clause = openingSubject(note, e);
                }
            }
            if (clause != null) return clause;
        }
        // "A > B" writes both ends: with no method on its left ("a tuned model > MLP") it names no rival of the paper's
        if (cue.relation() == Relation.OUTPERFORMS && cue.rule().startsWith(NOTATION_RULE) && !namedBefore) return null;
        if (cue.relation() == Relation.EXTENDS && named.byOffset().isEmpty()) {
            ConceptMatcher.Found before = methodBefore(note, p.sentence(), cueStart);
            if (before != null) return new End(new Endpoint.Known(before.concept()), before.written());
        }
        return new End(method, text);
    }

    /** The clause before the cue, after a short lead-in label ("Results: …", "**Speed**: …"). */
    private static String clausePrefix(NoteReading note, Sentence s, int cueStart) {
        String before = note.prose().substring(s.start(), cueStart);
        Matcher label = LABEL.matcher(before);
        return label.lookingAt() ? before.substring(label.end()) : before;
    }

    /**
     * The method a clause is about when it opens with it: a vocabulary method at the clause's start
     * ("Isotonic regression, the older method, beats …"), else, where {@code phrases}, a noun phrase
     * the clause opens with that names no actor ("Histogram binning typically outperforms …").
     */
    private End clauseSubject(NoteReading note, Sentence s, int cueStart, boolean phrases) {
        String prefix = clausePrefix(note, s, cueStart);
        int from = cueStart - prefix.length();
        for (ConceptMatcher.Found f : note.foundIn(from, cueStart)) {
            if (f.end() > cueStart) break;
            if (f.concept().kind() != Concept.Kind.METHOD || vocabulary.isUmbrella(f.concept())) continue;
            if (OPENING.matcher(note.prose().substring(from, f.start())).matches()) return new End(new Endpoint.Known(f.concept()), f.written());
            break;
        }
        if (!phrases || prefix.isBlank() || ACTOR.matcher(prefix).lookingAt()) return null;
        NounPhrases.Phrase np = NounPhrases.leading(prefix);
        if (np == null || !OPENING.matcher(prefix.substring(0, np.start())).matches()) return null;
        String rest = prefix.substring(np.end());
        if (!rest.isBlank() && !APPOSITION_OR_ADVERB.matcher(rest).matches() && !APPOSITION_OR_ADVERB.matcher(COPULA_END.matcher(rest).replaceFirst("")).matches()) return null;
        var known = vocabulary.lookup(np.text());
        if (known.isPresent()) return known.get().kind() == Concept.Kind.METHOD ? new End(new Endpoint.Known(known.get()), np.text()) : null;
        return new End(new Endpoint.Named(np.text(), Concept.Kind.METHOD), np.text());
    }

    /**
     * The noun phrase a sentence opens with when a verb follows it ("Temp. Scaling is surprisingly
     * effective"): what "It" in the next sentence refers to.
     */
    private End openingSubject(NoteReading note, Sentence e) {
        String prefix = clausePrefix(note, e, e.end());
        NounPhrases.Phrase np = NounPhrases.leading(prefix);
        if (np == null || !OPENING.matcher(prefix.substring(0, np.start())).matches()) return null;
        if (!VERB_NEXT.matcher(prefix.substring(np.end())).lookingAt()) return null;
        var known = vocabulary.lookup(np.text());
        if (known.isPresent()) return known.get().kind() == Concept.Kind.METHOD ? new End(new Endpoint.Known(known.get()), np.text()) : null;
        return new End(new Endpoint.Named(np.text(), Concept.Kind.METHOD), np.text());
    }

    /** "X is an extension of Y": the clause's subject stands before a copula right before the cue. */
    private static boolean copulaBefore(NoteReading note, Sentence s, int cueStart) {
        return COPULA_END.matcher(note.prose().substring(s.start(), cueStart)).find();
    }

    private static final Pattern COPULA_END = Pattern.compile("(?i)\\b(?:is|are)\\s+(?:(?:also|simply|just|essentially|basically)\\s+)?$");

    /** A verb right after a subject, an appositive or adverb allowed between. */
    private static final Pattern VERB_NEXT = Pattern.compile("(?i)[\\s*_]*(?:,[^,]{1,60},)?\\s*(?:\\w+ly\\s+)*(?:is|are|was|were|has|have|does|do|can|achieves?|works?|performs?|gives?|yields?)\\b");
    /** Nothing but markup and a determiner before a clause's subject. */
    private static final Pattern OPENING = Pattern.compile("(?i)[\\s*_`>\\-]*(?:(?:the|a|an|our|their|this)\\s+)?[\\s*_`]*");
    /** A short lead-in label before a colon. */
    private static final Pattern LABEL = Pattern.compile("^[^:.;()\\n]{1,40}:\\s+");
    /** Between a subject and its verb: an appositive ("…, the simplest one,") or adverbs ("typically", "also"). */
    private static final Pattern APPOSITION_OR_ADVERB = Pattern.compile("(?i)[\\s*_`]*(?:,[^,]{1,60},)?\\s*(?:(?:also|still|typically|usually|often|consistently|clearly|significantly|slightly|always|generally|easily|even|already)\\s+)*");
    private static final Pattern ACTOR = Pattern.compile("(?i)[\\s*_>\\-]*(?:they|we|i|you|he|she|the\\s+authors?|authors?|this\\s+paper|the\\s+paper|it\\s+is|there)\\b");
    /** A clause whose subject refers back: "It outperforms …", "This method beats …". */
    private static final Pattern ANAPHOR_SUBJECT = Pattern.compile("(?i)[\\s*_>\\-]*(?:it|this|this\\s+(?:method|model|approach|technique|variant))\\s*(?:\\w+ly\\s+|also\\s+|still\\s+)*");

    /**
     * Whether a "supports" cue reports its phenomenon as seen: the sentence denies nothing, and the
     * phenomenon follows the cue without a negation or a verb acting on it, and is sighted where the
     * cue is "shows that …".
     */
    private boolean reportsSighting(NoteReading note, Passage p, Object found, int cueEnd) {
        if (negated(p.text())) return false;
        if (!(found instanceof ConceptMatcher.Found f)) return true;
        return !(f.start() < cueEnd || NEGATION.matcher(note.prose().substring(cueEnd, f.start())).find()
                || ACTS_ON.matcher(note.prose().substring(Math.max(cueEnd, f.start() - 40), f.start())).find()
                || notSighted(note, cueEnd, f, p.sentence()));
    }

    /**
     * In "shows that …" the phenomenon is supported only when the clause says it is seen; when the
     * clause says something else about it ("shows that the sample complexity … can be larger"), the
     * sentence is a claim about it.
     */
    private static boolean notSighted(NoteReading note, int cueEnd, ConceptMatcher.Found f, Sentence s) {
        if (f.start() < cueEnd || !THAT.matcher(note.prose().substring(Math.max(cueEnd - 5, s.start()), f.start())).find()) return false;
        return !SIGHTED_BEFORE.matcher(note.prose().substring(Math.max(cueEnd, f.start() - 60), f.start())).find()
                && !SIGHTED_AFTER.matcher(note.prose().substring(f.end(), Math.min(s.end(), f.end() + 40))).find();
    }

    private boolean negated(String text) {
        for (CueRules.ClaimCue c : cues.claimsIn(text)) {
            if (c.stance() == ClaimMention.Stance.DENIES && c.pattern().matcher(text).find()) return true;
        }
        return false;
    }

    /** The method the sentence introduces (the one before the cue if several), else the paper's eponymous method, else the paper. */
    private static Endpoint methodSubject(Map<Integer, Endpoint> named, int cueStart, Endpoint eponym, Endpoint paper) {
        Endpoint before = null;
        Endpoint after = null;
        for (var e : named.entrySet()) {
            if (e.getKey() < cueStart) before = e.getValue();
            else if (after == null) after = e.getValue();
        }
        if (before != null) return before;
        if (after != null) return after;
        return eponym != null ? eponym : paper;
    }

    /** The last method concept in the sentence before the cue ("RevNets (a version of ResNet)"). */
    private ConceptMatcher.Found methodBefore(NoteReading note, Sentence s, int cueStart) {
        ConceptMatcher.Found last = null;
        for (ConceptMatcher.Found f : note.foundIn(s.start(), cueStart)) {
            if (f.end() <= cueStart && f.concept().kind() == Concept.Kind.METHOD
                    && !vocabulary.isUmbrella(f.concept())) {
                last = f;
            }
        }
        return last;
    }
}
