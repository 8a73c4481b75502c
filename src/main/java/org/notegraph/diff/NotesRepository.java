package org.notegraph.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The git repository a notes folder lives in, read with JGit (no {@code git} binary): found by
 * walking up from the folder, revisions resolved as git names them ({@code HEAD~2}, a branch, a tag,
 * an abbreviated id), and a revision's files under the notes folder written out to another folder
 * from the commit's tree, leaving the user's working tree and index alone.
 */
public final class NotesRepository implements AutoCloseable {
    private final Repository repository;
    private final Path workTree;
    private final Path notes;
    private final String prefix;

    private NotesRepository(Repository repository, Path workTree, Path notes, String prefix) {
        this.repository = repository;
        this.workTree = workTree;
        this.notes = notes;
        this.prefix = prefix;
    }

    /** The repository whose working tree holds the notes folder. */
    public static NotesRepository open(Path notesFolder) {
        NoGitBinary.install();
        Path notes;
        try {
            notes = notesFolder.toRealPath();
        } catch (IOException e) {
            throw new DiffException("no such notes folder: " + notesFolder);
        }
        if (!Files.isDirectory(notes)) throw new DiffException("not a folder: " + notesFolder);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(notes.toFile());
        if (builder.getGitDir() == null) {
            throw new DiffException("not a git repository (nor any parent folder): " + notesFolder);
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                throw new DiffException("a bare repository has no notes folder: " + builder.getGitDir());
            }
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            if (!notes.startsWith(workTree)) {
                repository.close();
                throw new DiffException(notesFolder + " is not inside the working tree " + workTree);
            }
            String prefix = workTree.relativize(notes).toString().replace('\\', '/');
            return new NotesRepository(repository, workTree, notes, prefix);
        } catch (IOException | IllegalArgumentException e) {
            throw new DiffException("cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
        }
    }

    /** The notes folder, resolved. */
    public Path notesFolder() { return notes; }

    /** The notes folder relative to the top of the working tree ("" at the top). */
    public String notesPrefix() { return prefix; }

    public Path workTree() { return workTree; }

    /** The commit a revision names; fails with a clear message when it names none. */
    public Revision resolve(String name) {
        ObjectId id;
        try {
            id = repository.resolve(name + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new DiffException("ambiguous revision '" + name + "': give more digits");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw new DiffException("unknown revision '" + name + "'");
        } catch (IOException e) {
            throw new DiffException("cannot read revision '" + name + "': " + e.getMessage(), e);
        }
        if (id == null) throw new DiffException("unknown revision '" + name + "' in " + workTree);
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id);
            String abbrev = commit.abbreviate(7).name();
            return new Revision(name, abbrev, commit.getShortMessage());
        } catch (IOException e) {
            throw new DiffException("cannot read revision '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Writes the regular files under the notes folder at a revision into an empty folder, paths
     * relative to the notes folder (symbolic links and submodules are left out). Returns how many.
     */
    public int checkout(Revision revision, Path target) {
        if (revision.isWorkingTree()) throw new IllegalArgumentException("the working tree is read in place");
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit = walk.parseCommit(repository.resolve(revision.commit() + "^{commit}"));
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            if (!prefix.isEmpty()) tree.setFilter(PathFilter.create(prefix));
            Path root = target.toAbsolutePath().normalize();
            int written = 0;
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) continue;
                String path = tree.getPathString();
                String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                Path file = root.resolve(relative).normalize();
                if (!file.startsWith(root)) continue;
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    repository.open(tree.getObjectId(0)).copyTo(out);
                }
                written++;
            }
            return written;
        } catch (IOException e) {
            throw new DiffException("cannot read " + revision.describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() { repository.close(); }
}
