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
    private static final Pattern THAT = Pattern.compile("(?i)\\bthat\\b");
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

    /**
     * Adds the relations the sentence's cues state for paper mention {@code subject}, given the
     * methods the sentence names; true when one of them is a "supports" or "disputes" stance, so
     * that the sentence is not read for a claim as well.
     */
    boolean addTo(ExtractionRun run, Sentence s, String text, int subject, MethodIntroductions.Named named) {
        Endpoint paper = new Endpoint.Paper(subject);
        Map<Integer, Endpoint> namedBefore = named.byOffset();
        Map<Endpoint, String> namedText = named.written();
        boolean stanceOnPhenomenon = false;
        for (CueRules.RelationCue cue : cues.relations()) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                int cueStart = s.start() + m.start();
                int cueEnd = s.start() + m.end();
                Object found = objects.objectFor(run, cue, s, cueStart, cueEnd, subject);
                if (found == null && cue.relation() == Relation.SUPPORTS && m.start() <= 40
                        && ELIDED_SUBJECT.matcher(text.substring(0, m.start())).matches()) {
                    ConceptMatcher.Found topic = run.titlePhenomenon.get(subject);
                    if (topic != null && !negated(text)) {
                        run.add(paper, Relation.SUPPORTS, new Endpoint.Known(topic.concept()), s, cue.confidence() * 0.9,
                                cue.rule() + "-title-topic", null, topic.written());
                        stanceOnPhenomenon = true;
                    }
                    continue;
                }
                if (found == null && cue.object().equals("base")) {
                    Endpoint better = methodSubject(namedBefore, m.start(), run.introducedBy(subject), paper);
                    RelationMention base = extension(run, better);
                    if (base != null) {
                        run.add(better, cue.relation(), base.object(), s, cue.confidence(), cue.rule(), base.subjectText(), base.objectText());
                    }
                    continue;
                }
                if (found == null) continue;
                Endpoint object = found instanceof ConceptMatcher.Found f ? new Endpoint.Known(f.concept()) : (Endpoint) found;
                String objectText = found instanceof ConceptMatcher.Found f ? f.written() : null;
                Endpoint subj = paper;
                String subjText = null;
                if (cue.relation() == Relation.EXTENDS || cue.relation() == Relation.USES || cue.relation() == Relation.OUTPERFORMS) {
                    subj = methodSubject(namedBefore, m.start(), run.introducedBy(subject), paper);
                    if (subj == run.lastIntroduced.get(subject)) subjText = run.lastIntroducedText.get(subject);
                    else if (subj == run.eponym.get(subject)) subjText = run.eponymText.get(subject);
                    else subjText = namedText.get(subj);
                    Endpoint cited = CitedPapers.citedJustBefore(run, s, cueStart, subject);
                    if (cited != null) {
                        subj = cited;
                        subjText = null;
                    } else if (cue.relation() == Relation.EXTENDS && namedBefore.isEmpty()) {
                        ConceptMatcher.Found before = methodBefore(run, s, cueStart);
                        if (before != null) {
                            subj = new Endpoint.Known(before.concept());
                            subjText = before.written();
                        }
                    }
                }
                if (cue.relation() == Relation.SUPPORTS && cue.window() < 0 && found instanceof ConceptMatcher.Found f) {
                    if (NEGATION.matcher(run.prose.substring(f.start(), cueEnd)).find()) continue;
                    Endpoint source = CitedPapers.citedJustAfter(run, s, cueEnd, subject);
                    if (source != null) {
                        subj = source;
                        subjText = null;
                    }
                    stanceOnPhenomenon = true;
                } else if (cue.relation() == Relation.SUPPORTS || cue.relation() == Relation.DISPUTES) {
                    if (cue.relation() == Relation.SUPPORTS && (negated(text) || found instanceof ConceptMatcher.Found f
                            && (f.start() < cueEnd || NEGATION.matcher(run.prose.substring(cueEnd, f.start())).find()
                                || ACTS_ON.matcher(run.prose.substring(Math.max(cueEnd, f.start() - 40), f.start())).find()
                                || notSighted(run, cueEnd, f, s)))) {
                        continue;
                    }
                    stanceOnPhenomenon = true;
                }
                run.add(subj, cue.relation(), object, s, cue.confidence(), cue.rule(), subjText, objectText);
                if (found instanceof ConceptMatcher.Found f && cue.relation() != Relation.STUDIES) {
                    boolean combining = m.group().toLowerCase(java.util.Locale.ROOT).startsWith("combin");
                    for (ConceptMatcher.Found more : objects.conjoined(run, f, s, combining)) {
                        run.add(subj, cue.relation(), new Endpoint.Known(more.concept()), s, cue.confidence(), cue.rule(),
                                subjText, more.written());
                    }
                }
            }
        }
        return stanceOnPhenomenon;
    }

    /**
     * In "shows that …" the phenomenon is supported only when the clause says it is seen; when the
     * clause says something else about it ("shows that the sample complexity … can be larger"), the
     * sentence is a claim about it.
     */
    private static boolean notSighted(ExtractionRun run, int cueEnd, ConceptMatcher.Found f, Sentence s) {
        if (f.start() < cueEnd || !THAT.matcher(run.prose.substring(Math.max(cueEnd - 5, s.start()), f.start())).find()) return false;
        return !SIGHTED_BEFORE.matcher(run.prose.substring(Math.max(cueEnd, f.start() - 60), f.start())).find()
                && !SIGHTED_AFTER.matcher(run.prose.substring(f.end(), Math.min(s.end(), f.end() + 40))).find();
    }

    /** What the note says an endpoint extends ("DARTS-ES extends DARTS"), or null. */
    private static RelationMention extension(ExtractionRun run, Endpoint method) {
        for (RelationMention r : run.relations.values()) {
            if (r.relation() == Relation.EXTENDS && ExtractionRun.key(r.subject()).equals(ExtractionRun.key(method))) return r;
        }
        return null;
    }

    private boolean negated(String text) {
        for (CueRules.ClaimCue c : cues.claims()) {
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
    private ConceptMatcher.Found methodBefore(ExtractionRun run, Sentence s, int cueStart) {
        ConceptMatcher.Found last = null;
        for (ConceptMatcher.Found f : run.foundIn(s.start(), cueStart)) {
            if (f.end() <= cueStart && f.concept().kind() == Concept.Kind.METHOD
                    && !vocabulary.isUmbrella(f.concept())) {
                last = f;
            }
        }
        return last;
    }
}
