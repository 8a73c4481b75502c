package org.notegraph.store;

import java.nio.file.Path;

/** Opens the store in a folder: the one place that chooses the implementation (TDB2 today). */
public final class Stores {
    private Stores() {}

    /** Opens (creating if needed) the store in a folder. */
    public static NoteStore open(Path location) { return Tdb2NoteStore.open(location); }

    /** Opens an existing store; fails with a clear message when there is none. */
    public static NoteStore openExisting(Path location) { return Tdb2NoteStore.openExisting(location); }

    /** A store in memory (no folder, gone when closed), searchable as a store in a folder is. */
    public static NoteStore inMemory() { return Tdb2NoteStore.inMemory(); }

    /**
     * Opens an existing store for reading only, without its full-text index ({@code text:query}
     * then matches nothing): a quicker start for queries that do not search.
     */
    public static NoteStore openExistingWithoutText(Path location) { return Tdb2NoteStore.openExistingWithoutText(location); }

    /** Whether the folder holds a store, so that opening it creates nothing. */
    public static boolean holdsStore(Path location) { return Tdb2NoteStore.holdsStore(location); }

    /**
     * What a failure while reading or writing the store at {@code location} means: a
     * {@link StoreLockedException}, a {@link StoreDamagedException}, or the failure itself.
     */
    public static RuntimeException explain(RuntimeException e, Path location) { return Tdb2NoteStore.explained(e, location); }
}
