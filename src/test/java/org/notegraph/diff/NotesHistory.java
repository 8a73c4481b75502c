package org.notegraph.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.notegraph.testing.Fixtures;

/**
 * A git repository made with JGit for the diff tests: notes under {@code notes/}, and a note outside
 * it that no diff of {@code notes/} may see. Four commits: two notes; a paper added to one; a
 * relation changed in the other (extends → uses); a note deleted.
 */
public final class NotesHistory {
    static final String LEAN = """
            # Lean models

            ## [Sparse Routers for Small Models](https://arxiv.org/abs/2101.00001)

            Sparse Routers extends the Transformer with a learned routing table.
            The paper shows that routing tokens to few experts cuts the training cost in half.
            """;
    static final String OPTIMIZERS = """
            # Optimizers

            - [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980), Kingma and Ba, ICLR 2015
            """;
    static final String ADAMW = "- [Decoupled Weight Decay Regularization](https://arxiv.org/abs/1711.05101), Loshchilov and Hutter, ICLR 2019\n";
    static final String OUTSIDE = "# Draft\n\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n";

    /** The commits, oldest first, as abbreviated ids. */
    public final List<String> commits;
    public final Path root;

    private NotesHistory(Path root, List<String> commits) {
        this.root = root;
        this.commits = commits;
    }

    public Path notes() { return root.resolve("notes"); }

    public static NotesHistory make(Path root) {
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            Fixtures.writeNotes(root, "notes/lean-models.md", LEAN, "notes/optimizers.md", OPTIMIZERS,
                    "drafts/outside.md", OUTSIDE, "README.md", "my notes\n");
            String first = commit(git, "two notes");
            Files.writeString(root.resolve("notes/optimizers.md"), OPTIMIZERS + ADAMW);
            Files.writeString(root.resolve("drafts/outside.md"), OUTSIDE + "- [Batch Normalization](https://arxiv.org/abs/1502.03167)\n");
            String second = commit(git, "add a paper");
            Files.writeString(root.resolve("notes/lean-models.md"),
                    LEAN.replace("extends the Transformer with", "relies on the Transformer for"));
            String third = commit(git, "change a relation");
            git.rm().addFilepattern("notes/optimizers.md").call();
            String fourth = commit(git, "delete a note");
            return new NotesHistory(root, List.of(first, second, third, fourth));
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Test Writer", "writer@example.org");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call().abbreviate(7).name();
    }
}
