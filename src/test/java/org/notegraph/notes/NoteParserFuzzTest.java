package org.notegraph.notes;

import static org.notegraph.testing.FuzzNotes.check;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import java.util.Optional;
import org.notegraph.diag.Diagnostics;
import org.notegraph.testing.FuzzNotes;

/**
 * Fuzz target: any bytes read as a note file (encoding, byte-order mark, line ends, control
 * characters, YAML and TOML front matter, Markdown). Either a note comes out or an error names the
 * file; the text has LF line ends and no control characters; the front matter lies inside the note.
 */
class NoteParserFuzzTest {

    @DictionaryFile(resourcePath = "/org/notegraph/notes.dict")
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ParsedNote> parsed = FuzzNotes.parse(bytes, diagnostics);
        FuzzNotes.checkDiagnostics(diagnostics, bytes);
        if (parsed.isEmpty()) {
            check(diagnostics.errorCount() > 0, "note refused without an error: " + diagnostics.all());
            return;
        }
        ParsedNote note = parsed.get();
        String text = note.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && (c < 0x20 || c == 0x7f)) {
                throw new AssertionError("control character U+" + String.format("%04X", (int) c) + " kept at offset " + i);
            }
        }
        int lines = note.lines().lineCount();
        FrontMatter fm = note.frontMatter();
        if (fm.firstLine() > 0) {
            check(fm.firstLine() <= fm.lastLine() && fm.lastLine() <= Math.max(1, lines),
                    "front matter lines " + fm.firstLine() + "-" + fm.lastLine() + " outside the note (" + lines + " lines)");
            for (Map.Entry<String, Integer> key : fm.keyLines().entrySet()) {
                check(key.getValue() >= fm.firstLine() && key.getValue() <= fm.lastLine(),
                        "front matter key " + key + " outside its block");
            }
        } else {
            check(fm.isEmpty(), "front matter values without a block: " + fm.values());
        }
        fm.title().ifPresent(t -> check(!t.isBlank(), "blank title"));
        fm.date();
        fm.tags().forEach(t -> check(!t.isBlank(), "blank tag"));
        fm.authors().forEach(a -> check(!a.isBlank(), "blank author"));
    }
}
