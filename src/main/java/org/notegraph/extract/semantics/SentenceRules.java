package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.List;
import org.notegraph.extract.text.Sentence;
import org.notegraph.extract.text.SentenceSplitter;

/**
 * Reads the note sentence by sentence. A sentence about a paper, not about other work, is read for
 * the methods it introduces, then for cued relations (which may use those methods), then for a
 * claim; when it already takes a stance on a phenomenon, only a claim that follows its own cue
 * ("…, which implies that …") is read. What one sentence introduces is known to the next. A sentence
 * in a section of the note-taker's own views ("Thoughts", "Two Cents") states nothing for the paper.
 */
final class SentenceRules implements SemanticRule {
    private final CueRules cues;
    private final MethodIntroductions introductions;
    private final CuedRelations relations;
    private final SentenceClaims claims;
    private final FindingSentences findingSentences;

    SentenceRules(CueRules cues, MethodIntroductions introductions, CuedRelations relations, SentenceClaims claims,
                  FindingSentences findingSentences) {
        this.findingSentences = findingSentences;
        this.cues = cues;
        this.introductions = introductions;
        this.relations = relations;
        this.claims = claims;
    }

    @Override
    public void read(NoteReading note, Findings findings) {
        List<Sentence> earlier = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(note.note().text(), note.prose())) {
            if (s.leadsChunk()) earlier.clear();
            read(note, findings, s, earlier);
            earlier.add(s);
        }
    }

    private void read(NoteReading note, Findings findings, Sentence s, List<Sentence> earlier) {
        int subject = note.subjectOf(s);
        if (subject < 0 || findingSentences.isOpinionSection(note.headingPath(s.start()))) return;
        String text = note.prose().substring(s.start(), s.end());
        if (cues.speaksOfOtherWork(text)) return;
        Passage p = new Passage(s, text, subject, earlier);
        MethodIntroductions.Named named = introductions.addTo(note, findings, p);
        boolean stanceOnPhenomenon = relations.addTo(note, findings, p, named);
        claims.addTo(note, findings, p, stanceOnPhenomenon);
    }
}
