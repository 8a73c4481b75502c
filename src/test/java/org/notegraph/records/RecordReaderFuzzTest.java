package org.notegraph.records;

import static org.notegraph.testing.FuzzNotes.check;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.ParsedNote;
import org.notegraph.testing.FuzzNotes;

/**
 * Fuzz target: Markdown to records. Every record, line and cell lies inside the note and inside its
 * parent; parents come before their children, depths count the parents, and the record found at
 * a record's start is that record or one inside it.
 */
class RecordReaderFuzzTest {

    @DictionaryFile(resourcePath = "/org/notegraph/notes.dict")
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedNote note = FuzzNotes.parse(bytes, diagnostics).orElse(null);
        if (note == null) return;
        NoteRecords records = RecordReader.read(note);
        String text = note.text();
        int lines = Math.max(1, note.lines().lineCount());
        check(records.text().equals(text), "records read another text");
        for (NoteRecord r : records.all()) {
            String what = "record " + r.index() + " (" + r.kind() + ")";
            check(records.get(r.index()) == r, what + " not at its index");
            check(0 <= r.start() && r.start() <= r.end() && r.end() <= text.length(),
                    what + " [" + r.start() + ", " + r.end() + ") outside the note (length " + text.length() + ")");
            check(1 <= r.firstLine() && r.firstLine() <= r.lastLine() && r.lastLine() <= lines,
                    what + " lines " + r.firstLine() + "-" + r.lastLine() + " outside the note (" + lines + " lines)");
            if (r.parent() >= 0) {
                check(r.parent() < r.index(), what + " comes before its parent " + r.parent());
                NoteRecord p = records.get(r.parent());
                check(r.depth() == p.depth() + 1, what + " depth " + r.depth() + " under depth " + p.depth());
                check(p.start() <= r.start() && r.end() <= p.end(), what + " [" + r.start() + ", " + r.end()
                        + ") outside its parent " + p.index() + " [" + p.start() + ", " + p.end() + ")");
            } else {
                check(r.depth() == 0, what + " at the top with depth " + r.depth());
            }
            for (Segment s : r.lines()) {
                check(s.end() <= text.length(), what + " line " + s + " past the note's end");
                s.of(text);
            }
            for (Cell c : r.cells()) {
                check(0 <= c.start() && c.start() <= c.end() && c.end() <= text.length(), what + " cell " + c + " outside the note");
                for (Segment s : c.lines()) check(s.end() <= text.length(), what + " cell line " + s + " past the note's end");
                c.text(text);
            }
            r.ownText(text);
            if (r.end() > r.start()) {
                NoteRecord at = records.innermostAt(r.start()).orElse(null);
                check(at != null, "no record at the start of " + what);
                check(at.index() >= r.index() && at.start() >= r.start() && at.end() <= r.end(),
                        "innermost record at the start of " + what + " is record " + at.index() + ", outside it");
            }
        }
    }
}
