package org.notegraph.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.model.Namespaces;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.Builder;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * Diffs over a git history made with JGit: each commit's change (a paper added, a relation changed,
 * a note deleted) is exactly what the diff of it reports, and the RDF Patch of each diff turns a
 * store built from the first revision into one isomorphic, graph by graph, to the second's.
 */
class RevisionDiffTest {
    @TempDir static Path tmp;
    static NotesHistory history;
    static NotesRepository repository;

    @BeforeAll
    static void makeHistory() {
        history = NotesHistory.make(tmp.resolve("repo"));
        repository = NotesRepository.open(history.notes());
    }

    @AfterAll
    static void close() { repository.close(); }

    static RevisionDiff.StoreBuilder pipeline() {
        return (folder, store) -> new Builder().build(BuildOptions.of(List.of(folder), store.location()), store,
                new Diagnostics(), Builder.Progress.NONE, false);
    }

    static List<String> changes(Revision from, Revision to) {
        return new RevisionDiff(repository, pipeline()).run(from, to, (a, b) ->
                new DiffReport(from, to, repository.notesPrefix(), new StoreDiff(Namespaces.DEFAULT_BASE).compare(a, b))
                        .changes().stream().map(c -> c.kind() + " " + c.status() + " " + c.label()).toList());
    }

    static Revision commit(int i) { return repository.resolve(history.commits.get(i)); }

    @Test
    void theNotesFolderIsFoundInsideItsRepository() {
        assertThat(repository.notesPrefix()).isEqualTo("notes");
        assertThat(commit(1).subject()).isEqualTo("add a paper");
        assertThat(repository.resolve("HEAD~1").commit()).isEqualTo(history.commits.get(2));
    }

    @Test
    void addingAPaperToANoteAddsThePaperAndChangesOnlyThatNote() {
        assertThat(changes(commit(0), commit(1))).containsExactly(
                "NOTE CHANGED optimizers.md",
                "PAPER ADDED Decoupled Weight Decay Regularization");
    }

    @Test
    void changingARelationRemovesTheOldOneAndAddsTheNew() {
        assertThat(changes(commit(1), commit(2))).containsExactly(
                "NOTE CHANGED lean-models.md",
                "RELATION ADDED \"Sparse Routers for Small Models\" uses \"Transformer\"",
                "RELATION REMOVED \"Sparse Routers for Small Models\" extends \"Transformer\"");
    }

    @Test
    void deletingANoteRemovesItWithThePapersOnlyItMentionedAndWhatItSaidOfThem() {
        assertThat(changes(commit(2), commit(3))).containsExactly(
                "NOTE REMOVED optimizers.md",
                "PAPER REMOVED Adam: A Method for Stochastic Optimization",
                "PAPER REMOVED Decoupled Weight Decay Regularization",
                "RELATION REMOVED \"Adam: A Method for Stochastic Optimization\" proposes \"Adam\"");
    }

    @Test
    void theWorkingTreeIsReadInPlaceAndNeverWrittenTo() throws Exception {
        try (Git git = Git.open(history.root.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
            Path draft = history.notes().resolve("uncommitted.md");
            Files.writeString(draft, "# Later\n\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n");
            try {
                assertThat(changes(commit(3), Revision.workingTree())).containsExactly(
                        "NOTE ADDED uncommitted.md",
                        "PAPER ADDED Deep Residual Learning for Image Recognition");
            } finally {
                Files.delete(draft);
            }
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    @Test
    void theSecondBuildTakesUnchangedNotesFromTheSharedExtractionCache() {
        Builder shared = new Builder().withSharedCache(tmp.resolve("shared-cache"));
        List<Integer> extracted = new java.util.ArrayList<>();
        new RevisionDiff(repository, (folder, store) -> extracted.add(shared.build(BuildOptions.of(List.of(folder), store.location()),
                store, new Diagnostics(), Builder.Progress.NONE, false).notesExtracted()))
                .run(commit(0), commit(1), (a, b) -> null);
        assertThat(extracted).as("notes extracted by the first build, then by the second").containsExactly(2, 1);
    }

    @Test
    void linesMovingInANoteChangeTheNoteButNoClaimOrRelationInIt() throws Exception {
        Path lean = history.notes().resolve("lean-models.md");
        String committed = Files.readString(lean);
        Files.writeString(lean, committed.replace("# Lean models\n", "# Lean models\n\nKept for the reading group.\n"));
        try {
            assertThat(changes(commit(3), Revision.workingTree())).containsExactly("NOTE CHANGED lean-models.md");
        } finally {
            Files.writeString(lean, committed);
        }
    }

    @Test
    void thePatchTurnsTheFirstStoreIntoTheSecond() {
        for (int i = 0; i < 3; i++) {
            Revision from = commit(i);
            Revision to = commit(i + 1);
            ByteArrayOutputStream patch = new ByteArrayOutputStream();
            DatasetGraph second = new RevisionDiff(repository, pipeline()).run(from, to, (a, b) -> {
                assertThat(PatchWriter.write(a, b, patch)).isPositive();
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                b.find().forEachRemaining(copy::add);
                return copy;
            });
            Path tree = tmp.resolve("tree-" + i);
            repository.checkout(from, tree);
            try (NoteStore first = Stores.open(tmp.resolve("first-" + i))) {
                pipeline().build(tree, first);
                RDFPatchOps.applyChange(first.datasetGraph(), new ByteArrayInputStream(patch.toByteArray()));
                first.read(d -> {
                    assertIsomorphicByGraph(d, second, from.describe());
                    return null;
                });
            }
        }
    }

    @Test
    void unknownRevisionsAndFoldersOutsideGitAreClearErrors() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository.resolve("no-such-branch"))
                .isInstanceOf(DiffException.class).hasMessageContaining("unknown revision 'no-such-branch'");
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NotesRepository.open(plain))
                .isInstanceOf(DiffException.class).hasMessageContaining("not a git repository");
    }

    static void assertIsomorphicByGraph(DatasetGraph actual, DatasetGraph expected, String what) {
        assertThat(names(actual)).as("graphs after the patch to " + what).isEqualTo(names(expected));
        for (Node g : names(actual).stream().map(org.apache.jena.graph.NodeFactory::createURI).toList()) {
            assertThat(actual.getGraph(g).isIsomorphicWith(expected.getGraph(g))).as(g + " after the patch to " + what).isTrue();
        }
    }

    static Set<String> names(DatasetGraph d) {
        Set<String> names = new TreeSet<>();
        Iterator<Node> it = d.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            if (!d.getGraph(g).isEmpty()) names.add(g.getURI());
        }
        return names;
    }
}
