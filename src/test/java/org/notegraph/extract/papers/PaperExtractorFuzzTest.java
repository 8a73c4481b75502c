package org.notegraph.extract.papers;

import static org.notegraph.testing.FuzzNotes.check;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.RecordReader;
import org.notegraph.testing.FuzzNotes;

/**
 * Fuzz target: records to paper mentions. Every mention's span lies inside the note, its ordinal
 * counts from 1, its identifiers are non-blank and its year is a plausible one; every diagnostic
 * names the note.
 */
class PaperExtractorFuzzTest {
    private static final PaperExtractor EXTRACTOR = PaperExtractor.defaults();

    @DictionaryFile(resourcePath = "/org/notegraph/notes.dict")
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedNote note = FuzzNotes.parse(bytes, diagnostics).orElse(null);
        if (note == null) return;
        List<PaperMention> mentions = EXTRACTOR.extract(note, RecordReader.read(note), diagnostics);
        FuzzNotes.checkDiagnostics(diagnostics, bytes);
        for (int i = 0; i < mentions.size(); i++) {
            PaperMention m = mentions.get(i);
            String what = "mention " + i + " (" + m.rule() + ")";
            FuzzNotes.checkInside(m.span(), note, what);
            check(m.ordinal() >= 1, what + " ordinal " + m.ordinal());
            check(m.rule() != null && !m.rule().isBlank(), what + " without a rule");
            for (IdScheme s : IdScheme.values()) {
                String id = m.ids().id(s);
                check(id == null || !id.isBlank(), what + " blank " + s + " identifier");
            }
            check(m.title() == null || !m.title().isBlank(), what + " blank title");
            check(m.year() == null || (m.year() >= 1000 && m.year() <= 2999), what + " year " + m.year());
            m.authors().forEach(a -> check(a != null && !a.isBlank(), what + " blank author"));
        }
    }
}
