package org.notegraph.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.irix.IRIx;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.ParsedNote;

/**
 * What the fuzz targets share: fuzzed bytes read as a note the way a build reads a file, and the
 * invariants every target checks (each diagnostic names the note and carries no Java exception,
 * spans lie inside the note, IRIs are valid). A broken invariant is an {@link AssertionError},
 * which Jazzer reports as a finding.
 */
public final class FuzzNotes {
    /** The name fuzzed notes are read under; every diagnostic must name it. */
    public static final String FILE = "fuzz/note.md";
    /** Separates the notes of one input for targets that read several (ASCII record separator). */
    public static final byte NOTE_SEPARATOR = 0x1E;
    /** The most notes one input is split into. */
    public static final int MAX_NOTES = 4;

    private static final NoteParser PARSER = new NoteParser();

    private FuzzNotes() {}

    /** The bytes read, decoded and parsed as the note {@code file}; problems go to {@code diagnostics}. */
    public static Optional<ParsedNote> parse(String file, byte[] bytes, Diagnostics diagnostics) {
        return PARSER.read(new NoteFile(Path.of(file), file), bytes, diagnostics);
    }

    public static Optional<ParsedNote> parse(byte[] bytes, Diagnostics diagnostics) {
        return parse(FILE, bytes, diagnostics);
    }

    /** The notes of one input: its bytes split at {@link #NOTE_SEPARATOR}, at most {@link #MAX_NOTES}. */
    public static List<byte[]> split(byte[] bytes) {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || (bytes[i] == NOTE_SEPARATOR && parts.size() < MAX_NOTES - 1)) {
                byte[] part = new byte[i - from];
                System.arraycopy(bytes, from, part, 0, part.length);
                parts.add(part);
                from = i + 1;
            }
        }
        return parts;
    }

    /** The name of the {@code i}-th note of an input. */
    public static String fileOf(int i) {
        return "fuzz/note-" + (char) ('a' + i) + ".md";
    }

    /**
     * Every diagnostic names {@code file}, a line in it (0 when unknown) and a message, and none is
     * an exception caught and printed: that is a crash in disguise, not an answer to the user.
     */
    public static void checkDiagnostics(Diagnostics diagnostics, List<String> files, byte[] bytes) {
        int lines = 1;
        for (byte b : bytes) if (b == '\n' || b == '\r') lines++;
        for (Diagnostic d : diagnostics.all()) {
            check(files.contains(d.file()), "diagnostic names no note of the input: " + d);
            check(d.line() >= 0 && d.line() <= lines, "diagnostic line outside the note (" + lines + " lines): " + d);
            check(d.message() != null && !d.message().isBlank(), "diagnostic without a message: " + d);
            check(!d.message().matches("(?s).*\\b(?:java|org|com)\\.[a-z]+\\.[\\w.$]*(?:Exception|Error)\\b.*"),
                    "diagnostic carries a Java exception: " + d);
        }
    }

    public static void checkDiagnostics(Diagnostics diagnostics, byte[] bytes) {
        checkDiagnostics(diagnostics, List.of(FILE), bytes);
    }

    /** {@code span} lies inside the note: offsets within its text, lines within its line count, in order. */
    public static void checkInside(SourceSpan span, ParsedNote note, String what) {
        check(span != null, what + " without a span");
        int length = note.text().length();
        int lines = Math.max(1, note.lines().lineCount());
        check(0 <= span.start() && span.start() <= span.end() && span.end() <= length,
                what + " offsets " + span + " outside the note (length " + length + ")");
        check(1 <= span.line() && span.line() <= span.endLine() && span.endLine() <= lines,
                what + " lines " + span + " outside the note (" + lines + " lines)");
    }

    /** {@code iri} is an IRI with a scheme and no violations, in ASCII, with nothing Turtle or N-Triples would have to escape. */
    public static void checkIri(String iri, String what) {
        check(iri != null && !iri.isEmpty(), what + ": no IRI");
        IRIx x;
        try {
            x = IRIx.create(iri);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": <" + iri + "> does not parse as an IRI: " + e.getMessage(), e);
        }
        StringBuilder why = new StringBuilder();
        x.handleViolations((error, message) -> why.append(message).append("; "));
        check(!x.hasViolations(), what + ": violations in <" + iri + ">: " + why);
        check(x.scheme() != null, what + ": no scheme: <" + iri + ">");
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "<>\"{}|\\^`".indexOf(c) >= 0) {
                throw new AssertionError(what + ": character U+" + String.format("%04X", (int) c) + " in <" + iri + ">");
            }
        }
    }

    /** Fuzzed bytes as text, the lenient way (malformed UTF-8 becomes U+FFFD), for targets that take strings. */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Fails with {@code message} unless {@code ok} (messages are built eagerly: keep hot loops to plain ifs). */
    public static void check(boolean ok, String message) {
        if (!ok) throw new AssertionError(message);
    }
}
