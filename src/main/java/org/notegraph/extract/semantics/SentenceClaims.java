package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * The claim a sentence reports a paper making, read by the claim cues ({@code claim-cues.tsv}),
 * with the paper's stance on it. A sentence in the note-taker's own voice ("I think …", "maybe …"),
 * a question, a heading, or one too short or too long states none.
 */
final class SentenceClaims {
    private static final Pattern THE_THEORY = Pattern.compile("(?i)\\b(?:the|this|that|their)\\s+(?:theory|idea|claim|result|work|method|model|approach|paper|analysis)\\b");
    private static final int MIN_CLAIM_WORDS = 5;
    private static final int MAX_CLAIM_WORDS = 60;
    /** A title that states a finding ("Unlabeled Data Improves Adversarial Robustness") is the paper's headline claim. */
    private static final double TITLE_CLAIM_CONFIDENCE = 0.6;

    private final ConceptVocabulary vocabulary;
    private final CueRules cues;
    private final FindingSentences findingSentences;

    SentenceClaims(ConceptVocabulary vocabulary, CueRules cues, FindingSentences findingSentences) {
        this.vocabulary = vocabulary;
        this.cues = cues;
        this.findingSentences = findingSentences;
    }

    /**
     * Adds the claim the sentence states by the first claim cue it matches, and the paper's
     * stance on it ("supports" or "disputes"); a denial also disputes the paper it cites. When the
     * sentence already took a stance on a phenomenon, only cues whose claim follows them are read.
     */
    void addTo(NoteReading note, Findings findings, Passage p, boolean stanceTaken) {
        Sentence s = p.sentence();
        String text = p.text();
        int subject = p.subject();
        if (note.isHeadingLine(note.lines().lineOf(s.start()))) return;
        String t = text.replaceAll("\\s+", " ").strip();
        int words = t.split(" ").length;
        if (words < MIN_CLAIM_WORDS || words > MAX_CLAIM_WORDS || t.endsWith("?")) return;
        if (t.matches("(?i)^(i|i'm|i've|we'll|maybe|perhaps)\\b.*") || findingSentences.isNoteTakersVoice(t)) return;
        for (CueRules.ClaimCue cue : cues.claimsIn(t)) {
            if (stanceTaken && !cue.claimFollows()) continue;
            Matcher cm = cue.pattern().matcher(t);
            if (!cm.find()) continue;
            boolean byGrammar = cue.confidence() < FindingSentences.BASE + 0.01;  // a finding verb, no reporting cue
            if (byGrammar && comparesMethods(findings, s) && !IMPLICATION.matcher(t).find()) return;
            List<Concept> about = new ArrayList<>();
            for (ConceptMatcher.Found f : note.foundIn(s.start(), s.end())) {
                if (f.end() <= s.end() && !about.contains(f.concept())) about.add(f.concept());
            }
            Matcher at = cue.pattern().matcher(text);
            if (at.find() && CitedPapers.citedJustBefore(note, s, s.start() + at.start(), subject) instanceof Endpoint.Paper speaker) {
                subject = speaker.mentionIndex();
            }
            double sure = isTitleOf(note.paper(subject), t) ? Math.max(cue.confidence(), TITLE_CLAIM_CONFIDENCE) : cue.confidence();
            String claimed = withoutTrailingLink(note, s).replaceAll("\\s+", " ").strip();
            Matcher inClaimed = cue.pattern().matcher(claimed);
            String wording = inClaimed.find() ? ClaimWording.of(claimed, inClaimed, cue.stance(), cue.claimFollows())
                    : ClaimWording.of(t, cm, cue.stance(), cue.claimFollows());
            int index = findings.claim(new ClaimMention(wording, t, cue.stance(), note.span(s.start(), s.end()), subject, about,
                    sure, cue.rule()));
            Relation relation = cue.stance() == ClaimMention.Stance.DENIES ? Relation.DISPUTES : Relation.SUPPORTS;
            if (cue.stance() == ClaimMention.Stance.DENIES) {
                Endpoint cited = CitedPapers.citedIn(note, s, subject);
                if (cited == null && THE_THEORY.matcher(t).find()) cited = CitedPapers.citedBefore(note, p.earlier(), subject);
                if (cited != null) findings.relations().add(new Endpoint.Paper(subject), Relation.DISPUTES, cited, s, sure * 0.9, cue.rule() + "-cited");
            }
            boolean aboutPhenomenon = about.stream().anyMatch(c -> c.kind() == Concept.Kind.PHENOMENON && !vocabulary.isUmbrella(c));
            // a reported finding about no known phenomenon is less sure, except in the record of the one paper a note is about
            boolean ownPaper = subject == note.notesPaper() || summarisesItsPaper(note, s, subject);
            double confidence = aboutPhenomenon || ownPaper || cue.stance() == ClaimMention.Stance.DENIES ? sure : sure * 0.6;
            if (cue.stance() == ClaimMention.Stance.ASSERTS) {
                // a reported finding that also reads as one by its grammar is as sure as that reading
                FindingSentences.Finding f = findingSentences.read(claimed, note.headingPath(s.start()), ownPaper);
                if (f != null) confidence = Math.max(confidence, f.confidence());
                // a finding verb is a reading by grammar too: in its paper's own record it is as sure as a finding sentence there
                if (byGrammar && ownPaper) {
                    confidence = Math.max(confidence, findingSentences.inOwnRecord(cue.confidence(), t));
                }
            }
            findings.relations().add(new Endpoint.Paper(subject), relation, new Endpoint.Claim(index), s, confidence, cue.rule());
            return;
        }
        if (!stanceTaken) addFinding(note, findings, p, t);
    }

    /** A sentence with no claim cue that states a finding by its own grammar ({@link FindingSentences}). */
    private void addFinding(NoteReading note, Findings findings, Passage p, String t) {
        Sentence s = p.sentence();
        if (comparesMethods(findings, s) && !IMPLICATION.matcher(t).find()) return;
        String claimed = withoutTrailingLink(note, s).replaceAll("\\s+", " ").strip();
        boolean summary = p.subject() == note.notesPaper() || summarisesItsPaper(note, s, p.subject());
        FindingSentences.Finding f = findingSentences.read(claimed, note.headingPath(s.start()), summary);
        if (f == null || f.clause().split(" ").length < MIN_CLAIM_WORDS) return;
        List<Concept> about = new ArrayList<>();
        for (ConceptMatcher.Found c : note.foundIn(s.start(), s.end())) {
            if (c.end() <= s.end() && !about.contains(c.concept())) about.add(c.concept());
        }
        int index = findings.claim(new ClaimMention(f.clause(), t, ClaimMention.Stance.ASSERTS, note.span(s.start(), s.end()), p.subject(),
                about, f.confidence(), "finding-sentence"));
        findings.relations().add(new Endpoint.Paper(p.subject()), Relation.SUPPORTS, new Endpoint.Claim(index), s, f.confidence(), "finding-sentence");
    }

    /**
     * Whether a sentence is the note-taker's summary of the paper whose list item holds it: it follows
     * the paper's title on the item's first line ("Author: Title. Finding."), or it is an unlabelled
     * item nested under that item. A labelled sub-item ("Digest: …", "Abstract: …") quotes the paper
     * rather than summing it up.
     */
    private static boolean summarisesItsPaper(NoteReading note, Sentence s, int subject) {
        PaperMention paper = note.paper(subject);
        int paperLine = note.lines().lineOf(paper.span().start());
        int line = note.lines().lineOf(s.start());
        Matcher head = LIST_ITEM.matcher(note.lineText(paperLine));
        if (!head.lookingAt()) return false;
        if (line == paperLine) return s.start() >= paper.span().end();
        Matcher item = LIST_ITEM.matcher(note.lineText(line));
        if (line < paperLine || !item.lookingAt() || item.group(1).length() <= head.group(1).length()) return false;
        return !LABELLED.matcher(note.lineText(line).substring(item.end())).lookingAt();
    }

    /** Implication notation ("A > B => X matters"): the sentence draws a conclusion beyond its comparison. */
    private static final Pattern IMPLICATION = Pattern.compile("\\s=+>\\s");

    /**
     * Whether the sentence already states that one method outperforms or extends another ("X
     * typically beats Y", "X is an extension of Y"): that relation is what it says, not a claim besides.
     */
    private static boolean comparesMethods(Findings findings, Sentence s) {
        for (RelationMention r : findings.relations().all()) {
            if ((r.relation() == Relation.OUTPERFORMS || r.relation() == Relation.EXTENDS) && !(r.subject() instanceof Endpoint.Paper)
                    && r.span().start() == s.start() && r.span().end() == s.end()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern LABELLED = Pattern.compile("^[*_]*[^:.;()\\n]{1,40}?[*_]*\\s*:\\s");

    /** The sentence without a paper link that ends it ("… DECREASES performance [Title](url)"): the title is no part of the claim. */
    private static String withoutTrailingLink(NoteReading note, Sentence s) {
        int end = s.end();
        List<Integer> inside = note.papersStartingIn(s.start() + 1, s.end());
        for (int k = inside.size() - 1; k >= 0; k--) {
            PaperMention p = note.paper(inside.get(k));
            if (!note.prose().substring(Math.min(p.span().end(), end), end).replaceAll("[\\s.;:,!)]+", "").isEmpty()) break;
            end = p.span().start();
        }
        return note.prose().substring(s.start(), end);
    }

    private static boolean isTitleOf(PaperMention paper, String sentence) {
        if (paper.title() == null || paper.title().isBlank()) return false;
        String title = ConceptVocabulary.key(paper.title());
        return !title.isEmpty() && ConceptVocabulary.key(sentence).startsWith(title);
    }
}
