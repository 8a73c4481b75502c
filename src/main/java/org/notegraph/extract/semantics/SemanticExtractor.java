package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.List;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.Sentence;
import org.notegraph.extract.text.SentenceSplitter;
import org.notegraph.notes.ParsedNote;

/**
 * The semantic layer of extraction: finds the vocabulary's concepts in a note's prose, the methods
 * papers introduce, the claims they make, and typed relations (proposes, extends, disputes,
 * supports, outperforms, uses, studies). Each sentence is read for the paper whose item or section
 * it stands in; cue lexicons are data ({@link CueRules}); explicit annotations (Dataview fields,
 * front-matter keys, {@code #relation/target} tags) win with confidence 1. This class runs the
 * rule groups in order over one {@link ExtractionRun} per note; each group is a class of its own.
 */
public final class SemanticExtractor {
    private final ConceptMatcher matcher;
    private final CueRules cues;
    private final TitleRelations titles;
    private final MethodIntroductions introductions;
    private final CuedRelations relations;
    private final SentenceClaims claims;
    private final HeadingTopics headingTopics;
    private final ExplicitAnnotations annotations;

    public SemanticExtractor(ConceptVocabulary vocabulary, CueRules cues) {
        this.matcher = new ConceptMatcher(vocabulary);
        this.cues = cues;
        MethodNames names = new MethodNames(vocabulary, cues);
        this.titles = new TitleRelations(vocabulary, matcher, names);
        this.introductions = new MethodIntroductions(vocabulary, cues, names);
        this.relations = new CuedRelations(vocabulary, cues, new RelationObjects(vocabulary, cues));
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

    /**
     * A sentence about a paper, not about other work, is read for methods, cued relations and a
     * claim; when it already takes a stance on a phenomenon, only a claim that follows its own cue
     * ("…, which implies that …") is read.
     */
    private void sentenceRules(ExtractionRun run, Sentence s) {
        int subject = run.subjectOf(s);
        if (subject < 0) return;
        String text = run.prose.substring(s.start(), s.end());
        if (cues.speaksOfOtherWork(text)) return;
        MethodIntroductions.Named named = introductions.addTo(run, s, text, subject);
        boolean stanceOnPhenomenon = relations.addTo(run, s, text, subject, named);
        claims.addTo(run, s, text, subject, stanceOnPhenomenon);
    }
}
