package org.notegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner;
import org.notegraph.query.NamedQueries;
import org.notegraph.query.QueryRunner;
import org.notegraph.query.RemoteEndpoint;
import org.notegraph.query.RemoteSource;
import org.notegraph.serve.NotegraphServer;
import org.notegraph.serve.ServeOptions;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * {@code notegraph publish} against the standalone Fuseki 5.6 server ({@link StandaloneFuseki}:
 * {@code jena-fuseki-server --update --passwd FILE}, a process of its own). The notes ({@link PublishCorpus}:
 * the examples, or the seeds in {@code bench/publish-stores}) arrive with {@code --user}/{@code --password-file},
 * every graph isomorphic to the store's when read back by the Graph Store Protocol. Then rounds of
 * {@code kill -9} (3 in {@code mvn verify}, 10 in {@code bench/publish-stores}): a {@code notegraph publish} in a
 * JVM of its own is killed after a random delay (seeded, spread over a measured publish) and run
 * again to completion, after which the target equals the store; in most rounds the notes were
 * edited, added, renamed or deleted first, so the kill hits an incremental publish, in the others
 * it hits a {@code --full} one.
 */
class StandaloneFusekiPublishTest {
    @TempDir static Path dir;
    static Path password;

    @BeforeAll
    static void passwordFile() throws IOException {
        password = dir.resolve("password.txt");
        Files.writeString(password, StandaloneFuseki.PASSWORD + "\n", StandardCharsets.UTF_8);
    }

    private static Path buildExamples(String name) {
        Path notes = PublishCorpus.copyTo(dir.resolve(name + "-notes"));
        Path db = dir.resolve(name + "-db");
        Fixtures.build(db, notes);
        PublishedStores.release(db);
        return db;
    }

    private static Map<String, Graph> storeGraphs(Path db) {
        Map<String, Graph> graphs = PublishedStores.graphs(db);
        PublishedStores.release(db);
        return graphs;
    }

    @Test
    void theNotesArriveWithThePasswordFileAndEveryGraphIsIsomorphic() throws Exception {
        Path db = buildExamples("cli");
        try (StandaloneFuseki target = new StandaloneFuseki(dir.resolve("fuseki-cli"))) {
            assertThat(target.askStatuses()).as("anonymous, then logged-in ASK").containsExactly(401, 200);

            CliRunner.Run anonymous = CliRunner.run("publish", "--db", db.toString(), "--to", target.gsp(), "--retries", "0");
            assertThat(anonymous.code()).isEqualTo(5);
            assertThat(anonymous.err()).contains("401").contains("give --user NAME and --password-file FILE");

            Map<String, Graph> store = storeGraphs(db);
            CliRunner.Run run = CliRunner.run("publish", "--db", db.toString(), "--to", target.gsp(),
                    "--user", StandaloneFuseki.USER, "--password-file", password.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains(store.size() + " graphs sent");
            PublishedStores.assertEqual(store, target.graphs());

            CliRunner.Run again = CliRunner.run("publish", "--db", db.toString(), "--to", target.gsp(),
                    "--user", StandaloneFuseki.USER, "--password-file", password.toString());
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).contains("0 graphs sent (0 triples), 0 deleted, " + store.size() + " unchanged");

            everyNamedQueryGivesTheStoresRows(db, target);
            everyPageSaysWhatTheStoresSays(db, target);
        } finally {
            PublishedStores.release(db);
        }
    }

    /** {@code query NAME --endpoint URL --user … --password-file …}: the rows the store gives, for every named query. */
    private static void everyNamedQueryGivesTheStoresRows(Path db, StandaloneFuseki target) {
        for (String name : NamedQueries.SHIPPED) {
            String text = NamedQueries.load(name).orElseThrow();
            java.io.ByteArrayOutputStream local = new java.io.ByteArrayOutputStream();
            try (NoteStore s = Stores.openExisting(db)) {
                new QueryRunner(s.datasetGraph(), 120).run(text, QueryRunner.Format.JSON, local);
            } finally {
                PublishedStores.release(db);
            }
            CliRunner.Run remote = CliRunner.run("query", name, "--endpoint", target.query(), "--format", "json", "--timeout", "120",
                    "--user", StandaloneFuseki.USER, "--password-file", password.toString());
            assertThat(remote.code()).as(name + ": " + remote.err()).isZero();
            // as multisets: rows the ORDER BY leaves tied (two statements on one line) come in the store's own order
            assertThat(QueryEndpointTest.comparable(QueryEndpointTest.json(remote.out().getBytes(StandardCharsets.UTF_8))))
                    .as("the rows of " + name + " over the standalone Fuseki")
                    .containsExactlyInAnyOrderElementsOf(QueryEndpointTest.comparable(QueryEndpointTest.json(local.toByteArray())));
        }
    }

    /**
     * {@code serve --endpoint URL} with the login beside {@code serve --db}: the home page (but for
     * the line saying where the copy comes from), every note's page, the papers' pages, search, gaps
     * and the map's data say the same.
     */
    private static void everyPageSaysWhatTheStoresSays(Path db, StandaloneFuseki target) throws Exception {
        List<String> pages = new ArrayList<>(List.of("", "gaps", "search?q=learning", "search?q=" + enc("\"neural network\""), "map",
                "map.json"));
        try (NoteStore s = Stores.openExisting(db)) {
            s.read(dsg -> {
                var papers = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query("PREFIX ng: <" + org.notegraph.rdf.NG.NS + "> "
                        + "SELECT ?p WHERE { ?p a ng:Paper } ORDER BY ?p LIMIT 8").select();
                papers.forEachRemaining(row -> pages.add("page?iri=" + enc(row.get("p").getURI())));
                var notes = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query("PREFIX ng: <" + org.notegraph.rdf.NG.NS + "> "
                        + "SELECT ?n WHERE { ?n a ng:Note } ORDER BY ?n").select();
                notes.forEachRemaining(row -> pages.add("page?iri=" + enc(row.get("n").getURI())));
                return null;
            });
        } finally {
            PublishedStores.release(db);
        }
        var login = new RemoteEndpoint.Login(StandaloneFuseki.USER, StandaloneFuseki.PASSWORD, "--user and --password-file");
        try (NotegraphServer local = NotegraphServer.start(ServeOptions.store(db));
             NotegraphServer copy = NotegraphServer.start(ServeOptions.remote(new RemoteSource(target.query(), login)))) {
            for (String page : pages) {
                String expected = html(local.url() + page);
                assertThat(html(copy.url() + page).replaceAll("<p class=\"notice\">[^<]*</p>", ""))
                        .as(page + " over the standalone Fuseki").isEqualTo(expected);
            }
        } finally {
            PublishedStores.release(db);
        }
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static String html(String url) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    /** {@code notegraph publish} in a JVM of its own, its output in a file, with this JVM's classpath (target/classes first). */
    private static Process startPublish(Path db, String url, Path log, boolean full) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.notegraph.cli.Main", "publish", "--db", db.toString(), "--to", url,
                "--user", StandaloneFuseki.USER, "--password-file", password.toString()));
        if (full) cmd.add("--full");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void publishToCompletion(Path db, String url, Path log) throws Exception {
        Process p = startPublish(db, url, log, false);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("publish finished within 180 s").isTrue();
        assertThat(p.exitValue()).as("publish exit code; its output:\n%s", Files.readString(log)).isZero();
    }

    /** The store changes of the incremental rounds: an edit, a deletion, a rename, a new note, its edit and deletion, another edit. */
    private static void change(Path notes, int n) throws IOException {
        Path own = notes.resolve(PublishCorpus.OWN_NOTE);
        switch (n % 7) {
            case 0 -> PublishCorpus.editFirst(notes, "- A lattice of tiny searchers, https://arxiv.org/abs/2405.00077");
            case 1 -> PublishCorpus.deleteLast(notes);
            case 2 -> PublishCorpus.renameSecond(notes);
            case 3 -> Files.writeString(own,
                    "# Reading list for the kill rounds\n\n- Graph stores that survive restarts, https://arxiv.org/abs/2301.00001\n");
            case 4 -> PublishCorpus.append(own, "- Journals and torn writes, https://doi.org/10.1145/3000000.3000001\n");
            case 5 -> Files.delete(own);
            default -> PublishCorpus.editFirst(notes, "- Revisited after the outage: nothing was lost.");
        }
    }

    /** Bytes in the target's manifest journal (0 before the first publish): it grows by a line before and after each step. */
    private static long journalSize(Path db, URI url) throws IOException {
        Path f = Manifest.fileFor(db, url);
        return Files.exists(f) ? Files.size(f) : 0;
    }

    /** Waits until the publish wrote its first journal line (its first step began) or ended; the milliseconds waited. */
    private static long awaitFirstStep(Process publish, Path db, URI url, long before) throws Exception {
        long start = System.nanoTime();
        while (publish.isAlive() && journalSize(db, url) == before) Thread.sleep(2);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The steps (graphs to send and to delete) the next publish will take. */
    private static int plannedSteps(Path db, URI url, boolean full) {
        try (NoteStore s = Stores.openExisting(db)) {
            return PublishPlan.of(Publisher.graphs(s), Manifest.load(db, url).hashes(), full).steps();
        } finally {
            PublishedStores.release(db);
        }
    }

    @Test
    void aPublishKilledAtRandomMomentsAndRunAgainEndsEqual() throws Exception {
        long t0 = System.nanoTime();
        int rounds = PublishCorpus.killRounds();
        Path notes = PublishCorpus.copyTo(dir.resolve("kill-notes"));
        Path db = dir.resolve("kill-db");
        Fixtures.build(db, notes);
        PublishedStores.release(db);
        Random random = new Random(1409);
        try (StandaloneFuseki target = new StandaloneFuseki(dir.resolve("fuseki-kill"))) {
            URI url = URI.create(target.gsp());
            // the measured publish: from the process start to its end, and the part spent in steps
            int firstSteps = plannedSteps(db, url, false);
            Path firstLog = dir.resolve("publish-first.log");
            long start = System.nanoTime();
            Process first = startPublish(db, target.gsp(), firstLog, false);
            long untilFirstStep = awaitFirstStep(first, db, url, 0);
            assertThat(first.waitFor(180, TimeUnit.SECONDS)).as("publish finished within 180 s").isTrue();
            assertThat(first.exitValue()).as("publish exit code; its output:\n%s", Files.readString(firstLog)).isZero();
            long publishMillis = Math.max(300, (System.nanoTime() - start) / 1_000_000);
            double stepMillis = Math.max(5, (publishMillis - untilFirstStep) / (double) firstSteps);
            PublishedStores.assertEqual(storeGraphs(db), target.graphs());

            int changes = 0;
            int killedRunning = 0;
            int leftPending = 0;
            for (int round = 0; round < rounds; round++) {
                boolean incremental = round % 3 != 2;
                if (incremental) {
                    change(notes, changes++);
                    Fixtures.build(db, notes);
                    PublishedStores.release(db);
                }
                // even rounds: a moment anywhere in a publish's life (start-up, reading the store, steps);
                // odd rounds: a moment among the steps this publish will take
                boolean duringSteps = round % 2 == 1;
                int steps = duringSteps ? plannedSteps(db, url, !incremental) : 0;
                long before = journalSize(db, url);
                Path log = dir.resolve("publish-" + round + ".log");
                Process publish = startPublish(db, target.gsp(), log, !incremental);
                long delay = duringSteps ? (long) (stepMillis * steps * random.nextDouble())
                        : (long) (publishMillis * 1.1 * random.nextDouble());
                if (duringSteps) awaitFirstStep(publish, db, url, before);
                Thread.sleep(delay);
                boolean wasRunning = publish.isAlive();
                publish.destroyForcibly();
                assertThat(publish.waitFor(60, TimeUnit.SECONDS)).isTrue();
                if (wasRunning) killedRunning++;
                long pending = Manifest.load(db, url).hashes().values().stream().filter(Manifest.PENDING::equals).count();
                if (pending > 0) leftPending++;

                publishToCompletion(db, target.gsp(), dir.resolve("rerun-" + round + ".log"));
                Map<String, Graph> store = storeGraphs(db);
                try {
                    PublishedStores.assertEqual(store, target.graphs());
                } catch (AssertionError e) {
                    throw new AssertionError("round " + round + " (" + (incremental ? "incremental" : "--full") + ", killed "
                            + delay + " ms after " + (duringSteps ? "its first step" : "its start") + ", " + pending
                            + " graphs left pending): " + e.getMessage(), e);
                }
            }
            assertThat(Files.readString(dir.resolve("rerun-0.log"))).as("the reruns report").contains("published to " + target.gsp());
            System.out.printf("standalone Fuseki kill -9: %d rounds of %s (%d incremental, %d --full); the first publish took %d ms "
                    + "(%d ms to its first step, %.0f ms a step); killed while running %d, finished before the kill %d, "
                    + "killed with a graph pending %d; the target equal to the store after every rerun; %.1f s in all%n",
                    rounds, PublishCorpus.source(), changes, rounds - changes, publishMillis, untilFirstStep, stepMillis, killedRunning,
                    rounds - killedRunning, leftPending,
                    (System.nanoTime() - t0) / 1e9);
            assertThat(killedRunning).as("kills that hit a running publish").isGreaterThanOrEqualTo((rounds + 2) / 3);
            if (rounds >= 10) assertThat(leftPending).as("kills in the middle of sending a graph").isGreaterThanOrEqualTo(1);
        } finally {
            PublishedStores.release(db);
        }
    }
}
