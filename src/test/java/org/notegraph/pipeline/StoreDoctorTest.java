package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.identity.IriMinter;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Vocab;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/** The store doctor: a built store is consistent; each kind of damage is found and named. */
class StoreDoctorTest {
    private static final IriMinter M = new IriMinter(null);
    private static final Node ENTITIES = NodeFactory.createURI(M.entitiesGraph());
    private static final String NOTE = "reading-group-2024-spring.md";
    private static final Node NOTE_GRAPH = NodeFactory.createURI(M.note(NOTE));

    @TempDir static Path tmp;
    static Path notes;
    static Path db;

    @BeforeAll
    static void build() {
        notes = tmp.resolve("notes");
        Fixtures.copyTree(Fixtures.EXAMPLES, notes);
        db = tmp.resolve("db");
        BuildReport r = Fixtures.build(db, notes);
        assertThat(r.notesBuilt()).isEqualTo(7);
    }

    static StoreDoctor.Report check() { return new StoreDoctor().check(db, List.of(notes), List.of()); }

    static StoreDoctor.Report checkStoreOnly() { return new StoreDoctor().check(db, List.of(), List.of()); }

    /** Damages the store, checks it, and puts every quad back. */
    static StoreDoctor.Report damaged(Consumer<DatasetGraph> damage, boolean withNotes) {
        List<Quad> before = new ArrayList<>();
        try (NoteStore s = Stores.openExisting(db)) {
            DatasetGraph d = s.datasetGraph();
            Txn.executeRead(d, () -> d.find().forEachRemaining(before::add));
            Txn.executeWrite(d, () -> damage.accept(d));
        }
        try {
            return withNotes ? check() : checkStoreOnly();
        } finally {
            try (NoteStore s = Stores.openExisting(db)) {
                DatasetGraph d = s.datasetGraph();
                Txn.executeWrite(d, () -> {
                    d.clear();
                    before.forEach(d::add);
                });
            }
        }
    }

    static List<String> lines(StoreDoctor.Report r) { return r.problems().stream().map(StoreDoctor.Problem::format).toList(); }

    /** A paper mention of the note, and the paper the entities graph links it to. */
    static Quad aLink() {
        try (NoteStore s = Stores.openExisting(db)) {
            return s.read(d -> {
                Node m = d.find(NOTE_GRAPH, Node.ANY, RDF.type.asNode(), NG.PaperMention).next().getSubject();
                return d.find(ENTITIES, m, Vocab.OA.hasBody, Node.ANY).next();
            });
        }
    }

    @Test
    void aBuiltStoreIsConsistentWithItsNotes() {
        StoreDoctor.Report r = check();
        assertThat(lines(r)).isEmpty();
        assertThat(r.status()).isEqualTo(StoreDoctor.Status.CONSISTENT);
        assertThat(r.notes()).isEqualTo(7);
        assertThat(r.files()).isEqualTo(7);
        assertThat(r.graphs()).isEqualTo(11);
        assertThat(checkStoreOnly().status()).isEqualTo(StoreDoctor.Status.CONSISTENT);
    }

    @Test
    void aMentionWithoutItsLinkToAPaperIsFound() {
        Quad link = aLink();
        StoreDoctor.Report r = damaged(d -> d.delete(link), false);
        assertThat(r.status()).isEqualTo(StoreDoctor.Status.INCONSISTENT);
        assertThat(lines(r)).contains(M.note(NOTE) + ": paper mention " + link.getSubject().getURI()
                + " has no oa:hasBody link in the entities graph");
    }

    @Test
    void aLinkToSomethingThatIsNoPaperIsFound() {
        Quad link = aLink();
        StoreDoctor.Report r = damaged(d -> d.delete(ENTITIES, link.getObject(), RDF.type.asNode(), NG.Paper), false);
        assertThat(lines(r)).anyMatch(l -> l.startsWith(M.entitiesGraph() + ": ") && l.endsWith(link.getObject().getURI() + ", which is not an ng:Paper here"));
    }

    @Test
    void aLinkFromAMentionThatIsGoneIsFound() {
        Quad link = aLink();
        Node gone = NodeFactory.createURI(M.mention("deleted.md", 3, 1));
        StoreDoctor.Report r = damaged(d -> d.add(ENTITIES, gone, Vocab.OA.hasBody, link.getObject()), false);
        assertThat(lines(r)).contains(M.entitiesGraph() + ": links " + gone.getURI() + ", a mention no note graph holds (left from an older build)");
    }

    @Test
    void aChangedOrMalformedStoredHashIsFound() {
        Node note = NOTE_GRAPH;
        StoreDoctor.Report changed = damaged(d -> {
            d.deleteAny(NOTE_GRAPH, note, NG.contentHash, Node.ANY);
            d.add(NOTE_GRAPH, note, NG.contentHash, NodeFactory.createLiteralString("0".repeat(64)));
        }, true);
        assertThat(lines(changed)).containsExactly(NOTE + ": changed since the build: its SHA-256 is not the ng:contentHash of " + M.note(NOTE));
        StoreDoctor.Report malformed = damaged(d -> {
            d.deleteAny(NOTE_GRAPH, note, NG.contentHash, Node.ANY);
            d.add(NOTE_GRAPH, note, NG.contentHash, NodeFactory.createLiteralString("not a hash"));
        }, false);
        assertThat(lines(malformed)).containsExactly(M.note(NOTE) + ": ng:contentHash \"not a hash\" is not a SHA-256 in hex");
        StoreDoctor.Report none = damaged(d -> d.deleteAny(NOTE_GRAPH, note, NG.contentHash, Node.ANY), false);
        assertThat(lines(none)).containsExactly(M.note(NOTE) + ": has 0 ng:contentHash values, not exactly one");
    }

    @Test
    void aMissingEntitiesOntologyOrVocabularyGraphIsFound() {
        StoreDoctor.Report r = damaged(d -> d.deleteAny(ENTITIES, Node.ANY, Node.ANY, Node.ANY), true);
        assertThat(lines(r)).contains(M.entitiesGraph() + ": missing: a build always writes this graph")
                .anyMatch(l -> l.startsWith(M.note(NOTE) + ": paper mention ") && l.endsWith("has no oa:hasBody link in the entities graph"));
        for (String g : List.of(M.ontologyGraph(), M.vocabularyGraph())) {
            StoreDoctor.Report missing = damaged(d -> d.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY), false);
            assertThat(lines(missing)).contains(g + ": missing: a build always writes this graph");
        }
    }

    @Test
    void aStaleNoteGraphIsFound() {
        Node stale = NodeFactory.createURI(M.note("stale.md"));
        Node mention = NodeFactory.createURI(M.mention("stale.md", 3, 1));
        StoreDoctor.Report r = damaged(d -> {
            d.add(stale, stale, RDF.type.asNode(), NG.Note);
            d.add(stale, stale, NG.path, NodeFactory.createLiteralString("stale.md"));
            d.add(stale, stale, NG.contentHash, NodeFactory.createLiteralString("a".repeat(64)));
            d.add(stale, mention, RDF.type.asNode(), NG.PaperMention);
            d.add(stale, mention, NG.inNote, stale);
        }, true);
        assertThat(lines(r)).containsExactlyInAnyOrder(
                stale.getURI() + ": paper mention " + mention.getURI() + " has no oa:hasBody link in the entities graph",
                stale.getURI() + ": note \"stale.md\" has no file in the notes given (deleted or renamed since the build?)");
    }

    @Test
    void notesThatAreNotOneNoteOrMentionsOfAnotherNoteAreFound() {
        Node other = NodeFactory.createURI(M.note("nas-notes.md"));
        Node m = aLink().getSubject();
        StoreDoctor.Report wrongNote = damaged(d -> {
            d.deleteAny(NOTE_GRAPH, m, NG.inNote, Node.ANY);
            d.add(NOTE_GRAPH, m, NG.inNote, other);
        }, false);
        assertThat(lines(wrongNote)).contains(M.note(NOTE) + ": " + m + " is ng:inNote " + other + ", not this note");
        StoreDoctor.Report two = damaged(d -> d.add(NOTE_GRAPH, other, RDF.type.asNode(), NG.Note), false);
        assertThat(lines(two)).containsExactly(M.note(NOTE) + ": holds 2 ng:Note resources, not exactly one");
        StoreDoctor.Report foreign = damaged(d -> d.add(NodeFactory.createURI("http://elsewhere.example/g"), m, RDF.type.asNode(), NG.Note), false);
        assertThat(lines(foreign)).containsExactly("http://elsewhere.example/g: a graph notegraph does not write (neither a note nor entities, ontology or vocabulary)");
    }

    @Test
    void filesEditedAddedOrDeletedAfterTheBuildAreFound() throws IOException {
        Path file = notes.resolve(NOTE);
        byte[] original = Files.readAllBytes(file);
        Path added = notes.resolve("added.md");
        Path moved = tmp.resolve("moved-away.md");
        Path deleted = notes.resolve("nas-notes.md");
        try {
            Files.write(file, "\n- one more line\n".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(added, "# New\n\n- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)\n");
            Files.move(deleted, moved);
            StoreDoctor.Report r = check();
            assertThat(r.status()).isEqualTo(StoreDoctor.Status.INCONSISTENT);
            assertThat(lines(r)).containsExactlyInAnyOrder(
                    NOTE + ": changed since the build: its SHA-256 is not the ng:contentHash of " + M.note(NOTE),
                    "added.md: not in the store (added since the build?)",
                    M.note("nas-notes.md") + ": note \"nas-notes.md\" has no file in the notes given (deleted or renamed since the build?)");
        } finally {
            Files.write(file, original);
            Files.deleteIfExists(added);
            if (Files.exists(moved)) Files.move(moved, deleted);
        }
        assertThat(check().status()).isEqualTo(StoreDoctor.Status.CONSISTENT);
    }

    @Test
    void aNoteTheBuildSkipsIsANoticeNotAProblem() throws IOException {
        Path bad = notes.resolve("latin1.md");
        try {
            Files.write(bad, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
            StoreDoctor.Report r = check();
            assertThat(r.status()).isEqualTo(StoreDoctor.Status.CONSISTENT);
            assertThat(r.notices()).extracting(StoreDoctor.Problem::format)
                    .containsExactly("latin1.md:2: not in the store, as a build skips it: invalid UTF-8 at byte 6 (save the note as UTF-8); note skipped");
        } finally {
            Files.deleteIfExists(bad);
        }
    }

    @Test
    void aFolderThatHoldsNoStoreIsNeitherOpenedNorCreated() throws IOException {
        StoreDoctor.Report missing = new StoreDoctor().check(tmp.resolve("no-such-db"), List.of(), List.of());
        assertThat(missing.status()).isEqualTo(StoreDoctor.Status.CANNOT_OPEN);
        assertThat(missing.cannotOpen()).startsWith("no store at ");
        assertThat(tmp.resolve("no-such-db")).doesNotExist();

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        StoreDoctor.Report notAStore = new StoreDoctor().check(empty, List.of(), List.of());
        assertThat(notAStore.status()).isEqualTo(StoreDoctor.Status.CANNOT_OPEN);
        assertThat(notAStore.cannotOpen()).contains("holds no TDB2 store");
        try (Stream<Path> s = Files.list(empty)) {
            assertThat(s).isEmpty();
        }

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(new StoreDoctor().check(file, List.of(), List.of()).cannotOpen()).endsWith("is not a folder");
    }

    @Test
    void aDamagedStoreCannotBeOpenedAndSaysWhy() throws IOException {
        Path copy = tmp.resolve("damaged-db");
        Fixtures.copyTree(db, copy);
        try (Stream<Path> s = Files.walk(copy)) {
            for (Path lock : s.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) Files.delete(lock);
        }
        Path nodes;
        try (Stream<Path> s = Files.walk(copy)) {
            nodes = s.filter(p -> p.getFileName().toString().equals("nodes-data.obj")).findFirst().orElseThrow();
        }
        byte[] garbage = new byte[(int) Math.min(Files.size(nodes), 64 * 1024)];
        new java.util.Random(3).nextBytes(garbage);
        try (var ch = java.nio.channels.FileChannel.open(nodes, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(garbage), 0);
        }
        StoreDoctor.Report r = new StoreDoctor().check(copy, List.of(), List.of());
        assertThat(r.status()).isEqualTo(StoreDoctor.Status.CANNOT_OPEN);
        assertThat(r.cannotOpen()).startsWith("cannot read the store (");
        assertThat(r.locked()).isFalse();
    }
}
