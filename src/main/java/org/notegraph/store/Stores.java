package org.notegraph.store;

import java.nio.file.Path;

/** Opens the store in a folder: the one place that chooses the implementation (TDB2 today). */
public final class Stores {
    private Stores() {}

    /** Opens (creating if needed) the store in a folder. */
    public static NoteStore open(Path location) { return Tdb2NoteStore.open(location); }

    /** Opens an existing store; fails with a clear message when there is none. */
    public static NoteStore openExisting(Path location) { return Tdb2NoteStore.openExisting(location); }
}
