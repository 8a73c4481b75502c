package org.notegraph.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A bounded, thread-safe collector of diagnostics: stages report and carry on. */
public final class Diagnostics {
    private final int limit;
    private final List<Diagnostic> items = new ArrayList<>();
    private int dropped;
    private int errors;

    public Diagnostics() { this(10_000); }

    public Diagnostics(int limit) { this.limit = limit; }

    public synchronized void add(Diagnostic d) {
        if (d.severity() == Diagnostic.Severity.ERROR) errors++;
        if (items.size() < limit) items.add(d); else dropped++;
    }

    public void warning(String file, int line, String message) { add(Diagnostic.warning(file, line, message)); }

    public void error(String file, int line, String message) { add(Diagnostic.error(file, line, message)); }

    public synchronized List<Diagnostic> all() { return Collections.unmodifiableList(new ArrayList<>(items)); }

    public synchronized int errorCount() { return errors; }

    public synchronized int droppedCount() { return dropped; }
}
