package org.notegraph.store;

import java.nio.file.Path;

/** Run in a child JVM by tests: opens a store, says "holding", and keeps it (and its lock) until standard input closes. */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (NoteStore store = Stores.openExisting(Path.of(args[0]))) {
            store.graphNames();
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
