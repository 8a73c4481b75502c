package org.notegraph.store;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The store is locked by another process (TDB2 lets one process open a store at a time): the
 * folder and, when the lock file names it, the process holding it, so the user can be told which
 * process to stop.
 */
public final class StoreLockedException extends StoreException {
    private final Path location;
    private final OptionalLong holder;

    public StoreLockedException(Path location, OptionalLong holder, Throwable cause) {
        super("the store " + location + " is locked by "
                + (holder.isPresent() ? "process " + holder.getAsLong() : "another process"), cause);
        this.location = location;
        this.holder = holder;
    }

    public Path location() { return location; }

    /** The process id holding the lock, when known. */
    public OptionalLong holder() { return holder; }
}
