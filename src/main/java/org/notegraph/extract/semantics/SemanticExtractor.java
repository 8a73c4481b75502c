package org.notegraph.extract.semantics;

import java.util.List;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.notes.ParsedNote;

/**
 * The semantic layer of extraction: finds the vocabulary's concepts in a note's prose, the methods
 * papers introduce, the claims they make, and typed relations (proposes, extends, disputes,
 * supports, outperforms, uses, studies). Each sentence is read for the paper whose item or section
 * it stands in; cue lexicons are data ({@link CueRules}); explicit annotations (Dataview fields,
 * front-matter keys, {@code #relation/target} tags) win with confidence 1. Each rule is a
 * {@link SemanticRule}; this class runs them in order over one {@link NoteReading} per note, each
 * adding to the note's {@link Findings}.
 */
public final class SemanticExtractor {
    private final ConceptMatcher matcher;
    private final List<SemanticRule> rules;

    public SemanticExtractor(ConceptVocabulary vocabulary, CueRules cues) {
        this.matcher = new ConceptMatcher(vocabulary);
        MethodNames names = new MethodNames(vocabulary, cues);
        FindingSentences findingSentences = FindingSentences.defaults();
        this.rules = List.of(
                new ConceptMentions(),
                new TitleRelations(vocabulary, matcher, names),
                new SentenceRules(cues, new MethodIntroductions(vocabulary, cues, names),
                        new CuedRelations(vocabulary, cues, new RelationObjects(vocabulary, cues)), new SentenceClaims(vocabulary, cues, findingSentences), findingSentences),
                new HeadingTopics(vocabulary, matcher, cues),
                new ExplicitAnnotations(vocabulary),
                new WikilinkRelations(cues),
                new ImpliedRelations());
    }

    public static SemanticExtractor defaults() {
        return new SemanticExtractor(ConceptVocabulary.bundled(), CueRules.defaults());
    }

    public SemanticMentions extract(ParsedNote note, List<PaperMention> papers) {
        NoteReading reading = new NoteReading(note, papers, matcher);
        Findings findings = new Findings(reading);
        for (SemanticRule rule : rules) rule.read(reading, findings);
        return findings.mentions();
    }
}
