package org.notegraph.validate;

import java.util.List;

/** SHACL results located in the notes, printed as {@code notes/x.md:12: Violation: message (focus path)}. */
public record ValidationResults(List<Result> results) implements java.io.Serializable {
    public ValidationResults {
        results = List.copyOf(results);
    }

    public record Result(String file, int line, String severity, String message, String focus, String path)
            implements java.io.Serializable {
        public String format() {
            String where = line > 0 ? file + ":" + line : file;
            String what = path.isEmpty() ? focus : focus + " " + path;
            return where + ": " + severity + ": " + message + " (" + what + ")";
        }
    }

    public long count(String severity) {
        return results.stream().filter(r -> r.severity().equals(severity)).count();
    }

    public long violations() { return count("Violation"); }

    public boolean conforms() { return violations() == 0; }

    public String summary() {
        return violations() + " violations, " + count("Warning") + " warnings, " + count("Info") + " infos";
    }
}
