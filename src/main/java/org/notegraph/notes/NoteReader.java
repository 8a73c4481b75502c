package org.notegraph.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a note file as strict UTF-8 text: refuses binary, oversized and mis-encoded files with the
 * line of the problem, drops a byte-order mark, turns CRLF and CR into LF, and blanks control
 * characters so offsets stay put.
 */
public final class NoteReader {
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final long maxBytes;

    public NoteReader() { this(DEFAULT_MAX_BYTES); }

    public NoteReader(long maxBytes) { this.maxBytes = maxBytes; }

    /**
     * The most combining marks (Unicode Mn) kept in a row. Java's regex word boundary looks back over
     * every mark before a position, so a "Zalgo" run of 10,000 marks made each {@code \\b} test
     * quadratic (seconds per pattern); real scripts stack a few at most.
     */
    public static final int MAX_MARKS_IN_A_ROW = 32;

    /**
     * The text of a note plus the SHA-256 of its bytes, and the first line (1-based, 0 for none) where
     * control characters (or Unicode non-characters), or combining marks past {@link #MAX_MARKS_IN_A_ROW} in a row, were blanked.
     */
    public record NoteText(String text, String sha256, int controlLine, int marksLine) {
        public boolean hadControlCharacters() { return controlLine > 0; }
    }

    public NoteText read(Path file) throws IOException, NoteReadException {
        return decode(readBytes(file));
    }

    /** The note's bytes, refusing files over the size limit. */
    public byte[] readBytes(Path file) throws IOException, NoteReadException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new NoteReadException("note is " + size + " bytes, over the limit of " + maxBytes
                    + " (raise it with --max-note-bytes)", 0);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) {
            throw new NoteReadException("note is over the limit of " + maxBytes + " bytes (raise it with --max-note-bytes)", 0);
        }
        return bytes;
    }

    public NoteText decode(byte[] bytes) throws NoteReadException {
        int nul = indexOfNul(bytes, Math.min(bytes.length, 8192));
        if (nul >= 0) {
            throw new NoteReadException("binary file (NUL byte at offset " + nul + "), not a note",
                    lineAtByte(bytes, nul));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String raw = strictUtf8(bytes, start);
        StringBuilder sb = new StringBuilder(raw.length());
        int controlLine = 0;
        int marksLine = 0;
        int line = 1;
        int marks = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.isHighSurrogate(c) && Character.getType(raw.codePointAt(i)) == Character.NON_SPACING_MARK) {
                int n = Character.charCount(raw.codePointAt(i));
                if (++marks > MAX_MARKS_IN_A_ROW) {
                    sb.append(" ".repeat(n));
                    if (marksLine == 0) marksLine = line;
                } else {
                    sb.append(raw, i, i + n);
                }
                i += n - 1;
                continue;
            }
            marks = 0;
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && isNonCharacter(raw.codePointAt(i))) {
                sb.append("  ");
                i++;
                if (controlLine == 0) controlLine = line;
            } else if (isNonCharacter(c)) {
                sb.append(' ');
                if (controlLine == 0) controlLine = line;
            } else if (c == '\r') {
                sb.append('\n');
                line++;
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') i++;
            } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
                sb.append(' ');
                if (controlLine == 0) controlLine = line;
            } else {
                if (c == '\n') line++;
                sb.append(c);
            }
        }
        return new NoteText(sb.toString(), sha256(bytes), controlLine, marksLine);
    }

    /** Unicode non-characters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF): never text, and RDF parsers warn on them. */
    static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String strictUtf8(byte[] bytes, int start) throws NoteReadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new NoteReadException("invalid UTF-8 at byte " + at + " (save the note as UTF-8)",
                    lineAtByte(bytes, at));
        }
        result = decoder.flush(out);
        if (result.isError()) throw new NoteReadException("invalid UTF-8 at end of file", lineAtByte(bytes, bytes.length));
        out.flip();
        return out.toString();
    }

    private static int indexOfNul(byte[] bytes, int limit) {
        for (int i = 0; i < limit; i++) if (bytes[i] == 0) return i;
        return -1;
    }

    private static int lineAtByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
