package org.notegraph.diag;

/** One problem found while reading or building a note, located by file and (where known) line. */
public record Diagnostic(Severity severity, String file, int line, String message) implements java.io.Serializable {

    public enum Severity { WARNING, ERROR }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(Severity.WARNING, file, line, message);
    }

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(Severity.ERROR, file, line, message);
    }

    /** Compiler style: {@code notes/x.md:12: warning: message}. */
    public String format() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase() + ": " + message;
    }

    @Override
    public String toString() { return format(); }
}
