package org.notegraph.extract.semantics;

import static org.notegraph.testing.FuzzNotes.check;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.papers.PaperExtractor;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.RecordReader;
import org.notegraph.testing.FuzzNotes;

/**
 * Fuzz target: a note's sentences to concept mentions, claims and typed relations. Called directly
 * (the note extractor turns an exception here into a diagnostic), so any exception is a finding.
 * Every span lies inside the note, every index points at a mention or claim of the note, every
 * confidence is in [0, 1].
 */
class SemanticExtractorFuzzTest {
    private static final PaperExtractor PAPERS = PaperExtractor.defaults();
    private static final SemanticExtractor SEMANTICS = SemanticExtractor.defaults();

    @DictionaryFile(resourcePath = "/org/notegraph/notes.dict")
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedNote note = FuzzNotes.parse(bytes, diagnostics).orElse(null);
        if (note == null) return;
        List<PaperMention> papers = PAPERS.extract(note, RecordReader.read(note), diagnostics);
        SemanticMentions found = SEMANTICS.extract(note, papers);
        for (ConceptMention c : found.concepts()) {
            FuzzNotes.checkInside(c.span(), note, "concept mention " + c.written());
            checkPaperIndex(c.paperMentionIndex(), papers, "concept mention " + c.written());
        }
        for (ClaimMention c : found.claims()) {
            String what = "claim '" + c.text() + "'";
            FuzzNotes.checkInside(c.span(), note, what);
            checkPaperIndex(c.paperMentionIndex(), papers, what);
            check(c.text() != null && !c.text().isBlank(), "blank claim");
            check(c.stance() != null, what + " without a stance");
            checkConfidence(c.confidence(), what);
        }
        for (RelationMention r : found.relations()) {
            String what = "relation " + r.relation() + " (" + r.rule() + ")";
            FuzzNotes.checkInside(r.span(), note, what);
            check(r.relation() != null, "relation without a type");
            checkEnd(r.subject(), papers, found, what + " subject");
            checkEnd(r.object(), papers, found, what + " object");
            checkConfidence(r.confidence(), what);
        }
    }

    private static void checkPaperIndex(int index, List<PaperMention> papers, String what) {
        check(index >= -1 && index < papers.size(), what + " names paper mention " + index + " of " + papers.size());
    }

    private static void checkConfidence(double confidence, String what) {
        check(confidence >= 0 && confidence <= 1, what + " confidence " + confidence);
    }

    private static void checkEnd(Endpoint e, List<PaperMention> papers, SemanticMentions found, String what) {
        check(e != null, what + " missing");
        if (e instanceof Endpoint.Paper p) {
            check(p.mentionIndex() >= 0 && p.mentionIndex() < papers.size(), what + " is paper mention " + p.mentionIndex() + " of " + papers.size());
        } else if (e instanceof Endpoint.Claim c) {
            check(c.claimIndex() >= 0 && c.claimIndex() < found.claims().size(), what + " is claim " + c.claimIndex() + " of " + found.claims().size());
        } else if (e instanceof Endpoint.Named n) {
            check(n.name() != null && !n.name().isBlank(), what + " has a blank name");
        } else if (e instanceof Endpoint.Cited c) {
            check(c.text() != null && !c.text().isBlank(), what + " cites nothing");
        } else if (e instanceof Endpoint.Link l) {
            check(l.target() != null && !l.target().isBlank(), what + " links nowhere");
        }
    }
}
