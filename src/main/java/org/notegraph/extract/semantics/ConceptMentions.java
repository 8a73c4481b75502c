package org.notegraph.extract.semantics;

import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.text.Sentence;

/** Every vocabulary concept the prose names is a concept mention, tied to the paper whose item or section it stands in. */
final class ConceptMentions implements SemanticRule {
    @Override
    public void read(NoteReading note, Findings findings) {
        for (ConceptMatcher.Found f : note.found()) {
            Sentence s = new Sentence(f.start(), f.end(), false);
            findings.concept(new ConceptMention(f.concept(), f.written(), f.span(note.lines()), note.subjectOf(s)));
        }
    }
}
