package org.notegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * {@code notegraph publish} against a real Fuseki 5.6 ({@link FusekiTarget}: Graph Store writes and
 * SPARQL Update for logged-in users only): the example notes arrive graph for graph; an edit, a
 * rename and a deletion in the notes are published as exactly the changed graphs; a publish
 * stopped after any step and run again ends equal to the store; a missing login, a wrong URL and a
 * closed port are reported naming the graph.
 */
class PublishFusekiTest {
    @TempDir static Path dir;
    static Path notes;
    static Path db;
    static Path password;

    @BeforeAll
    static void buildExamples() throws Exception {
        notes = dir.resolve("notes");
        Fixtures.copyTree(Fixtures.EXAMPLES, notes);
        db = dir.resolve("db");
        Fixtures.build(db, notes);
        password = dir.resolve("password.txt");
        Files.writeString(password, FusekiTarget.PASSWORD + "\n", StandardCharsets.UTF_8);
    }

    static CliRunner.Run publish(Path store, String url, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("publish", "--db", store.toString(), "--to", url,
                "--user", FusekiTarget.USER, "--password-file", password.toString()));
        args.addAll(java.util.List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void everyGraphArrivesAndASecondPublishSendsNothing() {
        try (FusekiTarget target = new FusekiTarget(dir.resolve("t1"))) {
            Map<String, Graph> store = PublishedStores.graphs(db);
            CliRunner.Run run = publish(db, target.gsp());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("published to " + target.gsp() + ": " + store.size() + " graphs sent");
            PublishedStores.assertEqual(store, target.graphs());
            assertThat(target.writes("PUT")).isEqualTo(store.size());
            assertThat(store.keySet()).anyMatch(g -> g.endsWith("graph/entities")).anyMatch(g -> g.endsWith("graph/ontology"))
                    .anyMatch(g -> g.endsWith("graph/vocabulary")).anyMatch(g -> g.contains("/note/"));

            target.resetCounts();
            CliRunner.Run again = publish(db, target.gsp());
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).contains("0 graphs sent (0 triples), 0 deleted, " + store.size() + " unchanged");
            assertThat(target.writes("PUT") + target.writes("DELETE") + target.writes("POST")).isZero();
        }
    }

    @Test
    void theUpdateProtocolInChunksGivesTheSameGraphs() {
        try (FusekiTarget target = new FusekiTarget(dir.resolve("t2"))) {
            CliRunner.Run run = publish(db, target.update(), "--protocol", "update", "--chunk", "300");
            assertThat(run.code()).as(run.err()).isZero();
            PublishedStores.assertEqual(PublishedStores.graphs(db), target.graphs());
            assertThat(target.writes("POST")).as("chunked requests").isGreaterThan(PublishedStores.graphs(db).size());
        }
    }

    @Test
    void anEditARenameAndADeletionSendOnlyTheChangedGraphs() throws Exception {
        Path myNotes = dir.resolve("edit-notes");
        Fixtures.copyTree(Fixtures.EXAMPLES, myNotes);
        Path myDb = dir.resolve("edit-db");
        Fixtures.build(myDb, myNotes);
        try (FusekiTarget target = new FusekiTarget(dir.resolve("t3"))) {
            assertThat(publish(myDb, target.gsp()).code()).isZero();
            Map<String, Graph> before = PublishedStores.graphs(myDb);

            // edit one note, rename another, delete a third
            Path edited = myNotes.resolve("nas-notes.md");
            Files.writeString(edited, Files.readString(edited) + "\n- A lattice of tiny searchers, https://arxiv.org/abs/2405.00077\n");
            Files.move(myNotes.resolve("iclr2020-virtual.md"), myNotes.resolve("iclr-2020-sessions.md"));
            Files.delete(myNotes.resolve("vault/Isolation Forest.md"));
            Fixtures.build(myDb, myNotes);
            Map<String, Graph> after = PublishedStores.graphs(myDb);

            Set<String> changed = new TreeSet<>();
            after.forEach((g, graph) -> { if (!before.containsKey(g) || !before.get(g).isIsomorphicWith(graph)) changed.add(g); });
            Set<String> removed = new TreeSet<>(before.keySet());
            removed.removeAll(after.keySet());
            assertThat(removed).anyMatch(g -> g.endsWith("iclr2020-virtual.md")).anyMatch(g -> g.endsWith("Isolation%20Forest.md"));
            assertThat(changed).anyMatch(g -> g.endsWith("nas-notes.md")).anyMatch(g -> g.endsWith("iclr-2020-sessions.md"))
                    .noneMatch(g -> g.endsWith("reading-group-2024-spring.md"));

            target.resetCounts();
            CliRunner.Run run = publish(myDb, target.gsp());
            assertThat(run.code()).as(run.err()).isZero();
            PublishedStores.assertEqual(after, target.graphs());
            assertThat(target.writes("PUT")).as("graphs sent: the changed ones " + changed).isEqualTo(changed.size());
            assertThat(target.writes("DELETE")).as("graphs deleted: " + removed).isEqualTo(removed.size());
            assertThat(run.out()).contains(changed.size() + " graphs sent").contains(removed.size() + " deleted")
                    .contains((after.size() - changed.size()) + " unchanged");
        }
    }

    /** A sink that passes the first {@code k} steps to the real one, then fails as a dropped connection would. */
    static final class FailingAfter implements GraphSink {
        private final GraphSink real;
        private int left;

        FailingAfter(GraphSink real, int k) {
            this.real = real;
            this.left = k;
        }

        @Override
        public void put(GraphText graph) {
            step(graph.graph());
            real.put(graph);
        }

        @Override
        public void delete(String graph) {
            step(graph);
            real.delete(graph);
        }

        private void step(String graph) {
            if (left-- <= 0) throw new PublishException(PublishException.Reason.NETWORK, graph, "injected failure", null);
        }
    }

    @Test
    void aPublishStoppedAfterAnyStepAndRunAgainEndsEqual() throws Exception {
        Random random = new Random(14);
        Map<String, Graph> store = PublishedStores.graphs(db);
        for (int round = 0; round < 10; round++) {
            try (FusekiTarget target = new FusekiTarget(dir.resolve("stop-" + round))) {
                java.net.URI url = java.net.URI.create(target.gsp());
                // the target holds a graph the store no longer has, as after an earlier publish
                String gone = "https://notegraph.example/note/gone-" + round + ".md";
                Manifest seeded = Manifest.load(db, url);
                HttpTransport http = new HttpTransport(url, Optional.of(new Credentials(FusekiTarget.USER, FusekiTarget.PASSWORD)),
                        new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)), Duration.ofSeconds(30));
                GspSink sink = new GspSink(url, http);
                sink.put(new GraphText(gone, java.util.List.of("<" + gone + "> <http://www.w3.org/2000/01/rdf-schema#label> \"gone\" ."), "h0"));
                seeded.sent(gone, "h0");

                int k = random.nextInt(store.size() + 1);
                try (NoteStore s = Stores.openExisting(db)) {
                    try {
                        new Publisher().publish(s, new FailingAfter(sink, k), Manifest.load(db, url), false, Publisher.Progress.NONE);
                    } catch (PublishException e) {
                        assertThat(e.getMessage()).isEqualTo("injected failure");
                    }
                }
                CliRunner.Run rerun = publish(db, target.gsp());
                assertThat(rerun.code()).as("round %d (stopped after %d steps): %s", round, k, rerun.err()).isZero();
                PublishedStores.assertEqual(store, target.graphs());
            }
        }
    }

    @Test
    void withoutALoginTheTargetsAnswerIsNamedWithTheGraph() throws Exception {
        try (FusekiTarget target = new FusekiTarget(dir.resolve("t4"))) {
            CliRunner.Run run = CliRunner.run("publish", "--db", db.toString(), "--to", target.gsp());
            assertThat(run.code()).isEqualTo(5);
            assertThat(run.err()).contains("401 Unauthorized").contains("sending graph <https://notegraph.example/")
                    .contains("give --user NAME and --password-file FILE");
            assertThat(target.graphs()).isEmpty();

            Path wrong = dir.resolve("wrong-password.txt");
            Files.writeString(wrong, "not it\n");
            CliRunner.Run bad = CliRunner.run("publish", "--db", db.toString(), "--to", target.gsp(),
                    "--user", FusekiTarget.USER, "--password-file", wrong.toString());
            assertThat(bad.code()).isEqualTo(5);
            assertThat(bad.err()).contains("401").contains("user " + FusekiTarget.USER + " was not accepted")
                    .contains("sending graph <https://notegraph.example/");

            CliRunner.Run missing = publish(db, target.base() + "/nothing-here");
            assertThat(missing.code()).isEqualTo(5);
            assertThat(missing.err()).contains("404").contains("sending graph <https://notegraph.example/");
        }
    }

    @Test
    void aClosedPortIsReportedAfterTheRetries() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRunner.Run run = publish(db, "http://127.0.0.1:" + port + "/ds/data", "--retries", "2");
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("cannot connect to 127.0.0.1:" + port + " (connection refused)")
                .contains("sending graph <https://notegraph.example/").contains("after 3 attempts");
    }
}
