package org.notegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.notes.FrontMatter;
import org.notegraph.notes.LineIndex;
import org.notegraph.notes.ParsedNote;

/**
 * The semantic layer of extraction: finds the vocabulary's concepts in a note's prose, the methods
 * papers introduce, the claims they make, and typed relations (proposes, extends, disputes,
 * supports, outperforms, uses, studies). Each sentence is read for the paper whose item or section
 * it stands in; cue lexicons are data ({@link CueRules}); explicit annotations (Dataview fields,
 * front-matter keys, {@code #relation/target} tags) win with confidence 1.
 */
public final class SemanticExtractor {
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

    private final ConceptVocabulary vocabulary;
    private final ConceptMatcher matcher;
    private final CueRules cues;
    private final MethodNames names;
    private final TitleRelations titles;
    private final MethodIntroductions introductions;
    private final SentenceClaims claims;
    private final HeadingTopics headingTopics;
    private final ExplicitAnnotations annotations;

    public SemanticExtractor(ConceptVocabulary vocabulary, CueRules cues) {
        this.vocabulary = vocabulary;
        this.matcher = new ConceptMatcher(vocabulary);
        this.cues = cues;
        this.names = new MethodNames(vocabulary, cues);
        this.titles = new TitleRelations(vocabulary, matcher, names);
        this.introductions = new MethodIntroductions(vocabulary, cues, names);
        this.claims = new SentenceClaims(vocabulary, cues);
        this.headingTopics = new HeadingTopics(vocabulary, matcher, cues);
        this.annotations = new ExplicitAnnotations(vocabulary);
    }

    public static SemanticExtractor defaults() {
        return new SemanticExtractor(ConceptVocabulary.bundled(), CueRules.defaults());
    }

    public SemanticMentions extract(ParsedNote note, List<PaperMention> papers) {
        ExtractionRun run = new ExtractionRun(note, papers, matcher);
        for (ConceptMatcher.Found f : run.found) {
            Sentence s = new Sentence(f.start(), f.end(), false);
            run.concepts.add(new ConceptMention(f.concept(), f.written(), f.span(run.lines), run.subjectOf(s)));
        }
        for (int i = 0; i < papers.size(); i++) if (run.primary[i]) titles.addTo(run, i);
        for (Sentence s : SentenceSplitter.split(note.text(), run.prose)) {
            if (s.leadsChunk()) run.earlier.clear();
            sentenceRules(run, s);
            run.earlier.add(s);
        }
        headingTopics.addTo(run);
        annotations.addTo(run);
        ImpliedRelations.dropUsesImpliedByExtends(run);
        ImpliedRelations.dropStudiesImpliedByStance(run);
        return new SemanticMentions(run.concepts, run.claims, new ArrayList<>(run.relations.values()));
    }

    /** Whether an acronym only abbreviates the words before it ({@link MethodNames#isInitialism}). */
    static boolean isInitialism(String acronym, String before) {
        return MethodNames.isInitialism(acronym, before);
    }

    // ---- sentence rules

    private void sentenceRules(ExtractionRun run, Sentence s) {
        int subject = run.subjectOf(s);
        if (subject < 0) return;
        String text = run.prose.substring(s.start(), s.end());
        if (cues.speaksOfOtherWork(text)) return;
        Endpoint paper = new Endpoint.Paper(subject);
        MethodIntroductions.Named named = introductions.addTo(run, s, text, subject);
        Map<Integer, Endpoint> namedBefore = named.byOffset();
        Map<Endpoint, String> namedText = named.written();

        boolean stanceOnPhenomenon = false;
        for (CueRules.RelationCue cue : cues.relations()) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                int cueStart = s.start() + m.start();
                int cueEnd = s.start() + m.end();
                Object found = objectFor(run, cue, s, cueStart, cueEnd, subject);
                if (found == null && cue.relation().equals("supports") && m.start() <= 40
                        && ELIDED_SUBJECT.matcher(text.substring(0, m.start())).matches()) {
                    ConceptMatcher.Found topic = run.titlePhenomenon.get(subject);
                    if (topic != null && !negated(text)) {
                        run.add(paper, "supports", new Endpoint.Known(topic.concept()), s, cue.confidence() * 0.9,
                                cue.rule() + "-title-topic", null, topic.written());
                        stanceOnPhenomenon = true;
                    }
                    continue;
                }
                if (found == null && cue.object().equals("base")) {
                    Endpoint better = methodSubject(namedBefore, m.start(), run.lastIntroduced.getOrDefault(subject, run.eponym.get(subject)), paper);
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
                if (cue.relation().equals("extends") || cue.relation().equals("uses") || cue.relation().equals("outperforms")) {
                    Endpoint fallback = run.lastIntroduced.getOrDefault(subject, run.eponym.get(subject));
                    subj = methodSubject(namedBefore, m.start(), fallback, paper);
                    if (subj == run.lastIntroduced.get(subject)) subjText = run.lastIntroducedText.get(subject);
                    else if (subj == run.eponym.get(subject)) subjText = run.eponymText.get(subject);
                    else subjText = namedText.get(subj);
                    Endpoint cited = CitedPapers.citedJustBefore(run, s, cueStart, subject);
                    if (cited != null) {
                        subj = cited;
                        subjText = null;
                    } else if (cue.relation().equals("extends") && namedBefore.isEmpty()) {
                        ConceptMatcher.Found before = methodBefore(run, s, cueStart);
                        if (before != null) {
                            subj = new Endpoint.Known(before.concept());
                            subjText = before.written();
                        }
                    }
                }
                if (cue.relation().equals("supports") || cue.relation().equals("disputes")) {
                    if (cue.relation().equals("supports") && (negated(text) || found instanceof ConceptMatcher.Found f
                            && (f.start() < cueEnd || NEGATION.matcher(run.prose.substring(cueEnd, f.start())).find()
                                || ACTS_ON.matcher(run.prose.substring(Math.max(cueEnd, f.start() - 40), f.start())).find()
                                || notSighted(run, cueEnd, f, s)))) {
                        continue;
                    }
                    stanceOnPhenomenon = true;
                }
                run.add(subj, cue.relation(), object, s, cue.confidence(), cue.rule(), subjText, objectText);
                if (found instanceof ConceptMatcher.Found f && !cue.relation().equals("studies")) {
                    boolean combining = m.group().toLowerCase(java.util.Locale.ROOT).startsWith("combin");
                    for (ConceptMatcher.Found more : conjoined(run, f, s, combining)) {
                        run.add(subj, cue.relation(), new Endpoint.Known(more.concept()), s, cue.confidence(), cue.rule(),
                                subjText, more.written());
                    }
                }
            }
        }
        if (!stanceOnPhenomenon) claims.addTo(run, s, text, subject);
    }

    /** What the note says an endpoint extends ("DARTS-ES extends DARTS"), or null. */
    private static RelationMention extension(ExtractionRun run, Endpoint method) {
        for (RelationMention r : run.relations.values()) {
            if (r.relation().equals("extends") && ExtractionRun.key(r.subject()).equals(ExtractionRun.key(method))) return r;
        }
        return null;
    }

    /** Nothing but filler before the cue: the sentence's subject is left out ("Also occurs when …"). */
    private static final Pattern ELIDED_SUBJECT = Pattern.compile(
            "(?i)[\\W_]*(?:(?:also|it|this|they|and|often|typically|usually|sometimes|still|even|again)\\s+)*");

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

    private static final Pattern CONJUNCTION = Pattern.compile("(?i)^[\\s,]*(?:and|or|as\\s+well\\s+as|,)\\s+(?:the\\s+|a\\s+|an\\s+)?[\\w-]*\\s*$|^\\s*,\\s*$");

    /** After "combining": "A's lower bound with the B" joins B to A. */
    private static final Pattern COMBINED_WITH = Pattern.compile("(?i)^(?:\\s+[\\w-]+){0,2}\\s+(?:with|and)\\s+(?:the\\s+|a\\s+|an\\s+)?$");

    /**
     * Concepts of the same kind joined to the first object by "and", "or" or commas ("XGBoost and
     * CatBoost"), or, after "combining", by "with" ("combining the A bound with the B estimator").
     */
    private List<ConceptMatcher.Found> conjoined(ExtractionRun run, ConceptMatcher.Found first, Sentence s, boolean combining) {
        List<ConceptMatcher.Found> out = new ArrayList<>();
        ConceptMatcher.Found last = first;
        for (ConceptMatcher.Found f : run.foundIn(first.end(), s.end())) {
            if (f.start() < last.end()) continue;
            if (f.concept().kind() != first.concept().kind() || vocabulary.isUmbrella(f.concept())) break;
            String between = run.prose.substring(last.end(), f.start());
            if (!CONJUNCTION.matcher(between).find() && !(combining && COMBINED_WITH.matcher(between).find())) break;
            out.add(f);
            last = f;
        }
        return out;
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

    /** A vocabulary concept ({@link ConceptMatcher.Found}) or a paper endpoint after the cue, or null. */
    private Object objectFor(ExtractionRun run, CueRules.RelationCue cue, Sentence s, int cueStart, int cueEnd, int subject) {
        boolean wantMethod = cue.object().equals("method") || cue.object().startsWith("concept");
        boolean wantPhenomenon = cue.object().equals("phenomenon") || cue.object().startsWith("concept");
        boolean anywhere = cue.relation().equals("supports") || cue.relation().equals("disputes");
        if (wantMethod && cue.window() > 0) {
            Matcher name = DISTINCTIVE_NAME_AFTER.matcher(run.prose).region(cueEnd, s.end());
            if (name.lookingAt() && !cues.isStopWord(name.group("name")) && !vocabulary.lookup(name.group("name")).isPresent()) {
                return new Endpoint.Named(name.group("name"), Concept.Kind.METHOD);
            }
        }
        for (ConceptMatcher.Found f : run.foundIn(s.start(), s.end())) {
            if (f.end() > s.end()) continue;
            Concept.Kind k = f.concept().kind();
            boolean kindOk = wantMethod && k == Concept.Kind.METHOD || wantPhenomenon && k == Concept.Kind.PHENOMENON;
            if (!kindOk || vocabulary.isUmbrella(f.concept())) continue;
            if (anywhere && k == Concept.Kind.PHENOMENON && (cue.relation().equals("disputes")
                    || f.end() <= cueStart && wordsBetween(run.prose, f.end(), cueStart) <= 4
                    || f.start() >= cueEnd && wordsBetween(run.prose, cueEnd, f.start()) <= cue.window())) {
                return f;
            }
            if (cue.window() < 0) {
                if (f.end() <= cueStart && wordsBetween(run.prose, f.end(), cueStart) <= -cue.window()) return f;
                continue;
            }
            if (f.start() < cueEnd) continue;
            if (run.prose.substring(cueEnd, f.start()).indexOf(':') >= 0) break;
            if (wordsBetween(run.prose, cueEnd, f.start()) <= cue.window()) return narrowest(run, f, s, cueEnd, cue.window() + 4);
        }
        if (wantMethod && cue.window() > 0 && !run.namedInNote.isEmpty()) {
            List<ConceptMatcher.Word> after = ConceptMatcher.words(run.prose, cueEnd, s.end());
            for (int w = 0; w < Math.min(after.size(), cue.window() + 1); w++) {
                for (int n = Math.min(5, after.size() - w); n >= 1; n--) {
                    String candidate = run.prose.substring(after.get(w).start(), after.get(w + n - 1).end());
                    Endpoint.Named named = run.namedInNote.get(ConceptVocabulary.key(candidate));
                    if (named != null) return named;
                }
            }
        }
        if (cue.object().endsWith("paper")
                && ANAPHOR.matcher(run.prose.substring(cueEnd, Math.min(s.end(), cueEnd + 30))).find()) {
            Endpoint cited = CitedPapers.citedBefore(run, subject);
            if (cited != null) return cited;
        }
        if (cue.object().endsWith("paper")) {
            for (int j : run.papersStartingIn(cueEnd, s.end())) {
                int at = run.papers.get(j).span().start();
                if (j != subject && wordsBetween(run.prose, cueEnd, at) <= cue.window() + 2) return new Endpoint.Paper(j);
            }
        }
        return null;
    }

    /**
     * A name written like a model's, right after a cue, that the vocabulary does not know: inner
     * capitals or digits ("VideoBERT", "ResNeXt-50", "wav2vec") or an acronym of three or more letters.
     */
    private static final Pattern DISTINCTIVE_NAME_AFTER = Pattern.compile(
            "\\s*(?:(?:the|a|an)\\s+)?(?<name>(?:[A-Z]?[a-z]+[A-Z0-9][A-Za-z0-9]*|[A-Z]{3,}[a-z]?)(?:-[A-Za-z0-9]+)*)(?![\\w-])");

    private static final Pattern ANAPHOR = Pattern.compile("(?i)^\\s*(?:on\\s+)?(?:this|these|that|their|its|the\\s+(?:theory|idea|method|model|approach|work))\\b");

    private static final Pattern OF_PHRASE = Pattern.compile("(?i)^(?:\\s+[\\w-]+){0,3}?\\s+of\\s+(?:the\\s+)?$");

    /**
     * A narrower concept named in an "of" phrase soon after the one found ("the meta-learning
     * objective of MAML"): the specific method is the one meant.
     */
    private ConceptMatcher.Found narrowest(ExtractionRun run, ConceptMatcher.Found found, Sentence s, int cueEnd, int window) {
        ConceptMatcher.Found best = found;
        for (ConceptMatcher.Found g : run.foundIn(found.end(), s.end())) {
            if (g.end() > s.end() || wordsBetween(run.prose, cueEnd, g.start()) > window) break;
            if (g.concept().kind() == best.concept().kind() && vocabulary.isBroaderThan(best.concept(), g.concept())
                    && OF_PHRASE.matcher(run.prose.substring(best.end(), g.start())).find()) {
                best = g;
            }
        }
        return best;
    }

    private static int wordsBetween(String prose, int from, int to) {
        if (to <= from) return 0;
        return ConceptMatcher.words(prose, from, to).size();
    }
}
