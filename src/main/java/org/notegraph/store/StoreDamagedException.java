package org.notegraph.store;

import java.nio.file.Path;

/** The store's files cannot be read as a store (truncated, overwritten, a bad journal): it needs checking and rebuilding. */
public final class StoreDamagedException extends StoreException {
    private final Path location;

    public StoreDamagedException(Path location, Throwable cause) {
        super("the store " + location + " cannot be read: " + firstLine(cause), cause);
        this.location = location;
    }

    public Path location() { return location; }

    static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
