package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/** Watch mode follows saves, coalesces bursts, and readers never see half a note. */
class NoteWatcherTest {
    @TempDir Path tmp;

    private static String note(int papers, String tag) {
        StringBuilder sb = new StringBuilder("# Watched " + tag + "\n\n");
        for (int i = 0; i < papers; i++) {
            sb.append("- item [Graph Nets Revisited ").append(tag).append(' ').append(i).append("](https://arxiv.org/abs/2201.")
                    .append(String.format("%05d", i)).append(")\n");
        }
        return sb.toString();
    }

    private static long count(NoteStore store, String sparql) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static final String TITLES = "PREFIX ng: <https://w3id.org/notegraph#> "
            + "SELECT (COUNT(*) AS ?n) WHERE { ?m ng:titleAsWritten ?t FILTER(CONTAINS(?t, \"Fresh\")) }";

    @Test
    void aSavedNoteBecomesVisibleAndBurstsAreCoalesced() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), note(2, "old"));
        BuildOptions options = BuildOptions.of(List.of(notes), tmp.resolve("db"));
        AtomicInteger rebuilds = new AtomicInteger();
        try (NoteStore store = Stores.open(options.db())) {
            new Builder().build(options, store, new Diagnostics(), Builder.Progress.NONE, false);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            try (NoteWatcher watcher = new NoteWatcher(options, store, r -> { rebuilds.incrementAndGet(); }, failures::add).start()) {
                Thread.sleep(300);
                long t0 = System.nanoTime();
                Files.writeString(notes.resolve("b.md"), note(3, "Fresh"));
                long deadline = System.currentTimeMillis() + 20_000;
                while (count(store, TITLES) < 3 && System.currentTimeMillis() < deadline) Thread.sleep(20);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertThat(failures).isEmpty();
                assertThat(count(store, TITLES)).as("the saved note is in the store").isEqualTo(3);
                System.out.println("watch: saved note visible to queries after " + millis + " ms");

                int before = rebuilds.get();
                for (int i = 0; i < 10; i++) Files.writeString(notes.resolve("burst-" + i + ".md"), note(1, "burst" + i));
                deadline = System.currentTimeMillis() + 20_000;
                while (count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), \"burst-\")) }") < 10
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(1500);
                assertThat(rebuilds.get() - before).as("ten saves in a burst are coalesced").isBetween(1, 4);
            }
        }
    }

    @Test
    void readersNeverSeeHalfANoteDuringRebuilds() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes2"));
        Files.writeString(notes.resolve("toggle.md"), note(3, "A"));
        Files.writeString(notes.resolve("other.md"), note(4, "other"));
        BuildOptions options = BuildOptions.of(List.of(notes), tmp.resolve("db2"));
        String perNote = "PREFIX ng: <https://w3id.org/notegraph#> SELECT (COUNT(?m) AS ?n) WHERE { "
                + "?m a ng:PaperMention ; ng:inNote ?note . ?note ng:path \"toggle.md\" }";
        String linked = "PREFIX ng: <https://w3id.org/notegraph#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "SELECT (COUNT(?m) AS ?n) WHERE { ?m a ng:PaperMention . FILTER NOT EXISTS { ?m oa:hasBody ?p } }";
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Long> seen = new CopyOnWriteArrayList<>();
        AtomicLong queries = new AtomicLong();
        AtomicReference<Boolean> running = new AtomicReference<>(true);
        try (NoteStore store = Stores.open(options.db())) {
            new Builder().build(options, store, new Diagnostics(), Builder.Progress.NONE, false);
            Thread reader = new Thread(() -> {
                while (running.get()) {
                    try {
                        long n = Txn.calculateRead(store.datasetGraph(), () -> {
                            long mentions;
                            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(perNote).build()) {
                                mentions = qe.execSelect().next().getLiteral("n").getLong();
                            }
                            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(linked).build()) {
                                long unlinked = qe.execSelect().next().getLiteral("n").getLong();
                                if (unlinked != 0) throw new AssertionError("mentions without their paper: " + unlinked);
                            }
                            return mentions;
                        });
                        seen.add(n);
                        queries.incrementAndGet();
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }
            });
            reader.start();
            for (int round = 0; round < 12; round++) {
                Files.writeString(notes.resolve("toggle.md"), round % 2 == 0 ? note(7, "B") : note(3, "A"));
                new Builder().build(options, store, new Diagnostics(), Builder.Progress.NONE, false);
            }
            running.set(false);
            reader.join(30_000);
        }
        System.out.println("concurrency: " + queries.get() + " queries during 12 rebuilds, " + errors.size() + " errors");
        assertThat(errors).isEmpty();
        assertThat(queries.get()).isGreaterThan(10);
        assertThat(seen).allMatch(n -> n == 3 || n == 7);
    }
}
