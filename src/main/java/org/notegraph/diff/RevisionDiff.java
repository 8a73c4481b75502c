package org.notegraph.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * Builds two revisions of a notes folder into temporary stores and hands both to an action: each
 * commit's notes are written from git into a temporary folder (the same one for both, so paths
 * match), the working tree is read in place. The build itself is the caller's (the pipeline's),
 * so a diff reads notes exactly as {@code notegraph build} does. Everything temporary is deleted.
 */
public final class RevisionDiff {
    /** Builds a notes folder into an open, empty store. */
    @FunctionalInterface
    public interface StoreBuilder {
        void build(Path notesFolder, NoteStore store);
    }

    /** What to do with the two stores, called inside read transactions of both. */
    @FunctionalInterface
    public interface Action<T> {
        T apply(DatasetGraph from, DatasetGraph to);
    }

    private final NotesRepository repository;
    private final StoreBuilder builder;

    public RevisionDiff(NotesRepository repository, StoreBuilder builder) {
        this.repository = repository;
        this.builder = builder;
    }

    public <T> T run(Revision from, Revision to, Action<T> action) {
        Path work;
        try {
            work = Files.createTempDirectory("notegraph-diff-");
        } catch (IOException e) {
            throw new DiffException("cannot make a temporary folder: " + e.getMessage(), e);
        }
        Path tree = work.resolve("notes");
        NoteStore a = null;
        NoteStore b = null;
        try {
            a = Stores.open(work.resolve("from"));
            builder.build(materialise(from, tree), a);
            delete(tree);
            b = Stores.open(work.resolve("to"));
            builder.build(materialise(to, tree), b);
            NoteStore second = b;
            return a.read(da -> second.read(db -> action.apply(da, db)));
        } finally {
            if (a != null) a.release();
            if (b != null) b.release();
            delete(work);
        }
    }

    private Path materialise(Revision revision, Path tree) {
        if (revision.isWorkingTree()) return repository.notesFolder();
        try {
            Files.createDirectories(tree);
        } catch (IOException e) {
            throw new DiffException("cannot make a temporary folder: " + e.getMessage(), e);
        }
        repository.checkout(revision, tree);
        return tree;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary folder costs only disk space
        }
    }
}
