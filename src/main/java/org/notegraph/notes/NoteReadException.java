package org.notegraph.notes;

/** A note that cannot be read as text; carries the line where the problem is, when known. */
public class NoteReadException extends Exception {
    private final int line;

    public NoteReadException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() { return line; }
}
