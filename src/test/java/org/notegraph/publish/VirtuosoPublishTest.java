package org.notegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * {@code notegraph publish} against Virtuoso Open Source 7.2 ({@link VirtuosoTarget}): the notes of
 * {@link PublishCorpus} (the examples, or the seeds) by SPARQL Update to {@code /sparql-auth} (Digest login), every graph isomorphic to the
 * store's (numbers compared by value: Virtuoso answers a whole xsd:decimal as xsd:integer); an edit, a rename and a deletion published as the changed graphs only; publishes
 * stopped after random steps and run again end equal; the Graph Store service
 * {@code /sparql-graph-crud-auth} gives the same graphs.
 */
class VirtuosoPublishTest {
    static final String BASE = "https://notegraph.example/";

    @TempDir Path dir;

    @Test
    void publishedGraphsOnVirtuosoAreTheStoresAfterEditsAndStops() throws Exception {
        Path notes = PublishCorpus.copyTo(dir.resolve("notes"));
        Path db = dir.resolve("db");
        Fixtures.build(db, notes);
        Path password = dir.resolve("password.txt");
        Files.writeString(password, VirtuosoTarget.PASSWORD + "\n", StandardCharsets.UTF_8);
        try (VirtuosoTarget target = new VirtuosoTarget(dir.resolve("virtuoso"))) {
            CliRunner.Run first = publish(db, target.update(), password, "--protocol", "update");
            assertThat(first.code()).as(first.err()).isZero();
            Map<String, Graph> store = PublishedStores.graphs(db);
            long renumbered = PublishedStores.assertEqualNumbersByValue(store, target.graphs(BASE));
            System.out.println("virtuoso: " + store.size() + " graphs isomorphic; " + renumbered
                    + " whole xsd:decimal literals came back as xsd:integer");

            PublishCorpus.editFirst(notes, "- Sparse searchers on a budget, https://arxiv.org/abs/2405.00078");
            PublishCorpus.deleteLast(notes);
            PublishCorpus.renameSecond(notes);
            Fixtures.build(db, notes);
            Map<String, Graph> after = PublishedStores.graphs(db);
            long changed = after.entrySet().stream()
                    .filter(e -> !store.containsKey(e.getKey()) || !store.get(e.getKey()).isIsomorphicWith(e.getValue())).count();
            CliRunner.Run second = publish(db, target.update(), password, "--protocol", "update");
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.out()).contains(changed + " graphs sent").contains("2 deleted");
            PublishedStores.assertEqualNumbersByValue(after, target.graphs(BASE));

            URI url = URI.create(target.update());
            Random random = new Random(72);
            Credentials login = new Credentials(VirtuosoTarget.USER, VirtuosoTarget.PASSWORD);
            for (int round = 0; round < 3; round++) {
                Manifest.load(db, url);
                HttpTransport http = new HttpTransport(url, Optional.of(login), new RetryPolicy(2, Duration.ofMillis(10),
                        Duration.ofMillis(10)), Duration.ofSeconds(60));
                UpdateSink sink = new UpdateSink(url, http, 1000);
                int k = random.nextInt(after.size() + 1);
                try (NoteStore s = Stores.openExisting(db)) {
                    try {
                        new Publisher().publish(s, new PublishFusekiTest.FailingAfter(sink, k), Manifest.load(db, url), true,
                                Publisher.Progress.NONE);
                    } catch (PublishException e) {
                        assertThat(e.getMessage()).isEqualTo("injected failure");
                    }
                }
                CliRunner.Run rerun = publish(db, target.update(), password, "--protocol", "update");
                assertThat(rerun.code()).as("round %d: %s", round, rerun.err()).isZero();
                PublishedStores.assertEqualNumbersByValue(after, target.graphs(BASE));
            }

            CliRunner.Run gsp = publish(db, target.gsp(), password);
            assertThat(gsp.code()).as(gsp.err()).isZero();
            PublishedStores.assertEqualNumbersByValue(after, target.graphs(BASE));
        }
    }

    private static CliRunner.Run publish(Path db, String url, Path password, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("publish", "--db", db.toString(), "--to", url,
                "--user", VirtuosoTarget.USER, "--password-file", password.toString()));
        args.addAll(java.util.List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }
}
