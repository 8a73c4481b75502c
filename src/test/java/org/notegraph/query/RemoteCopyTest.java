package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner;
import org.notegraph.publish.FusekiTarget;
import org.notegraph.rdf.NG;
import org.notegraph.testing.Fixtures;

/**
 * {@link RemoteCopy} on its own: a refresh brings a second publish into the copy, its new text
 * into the copy's search index, and readers reading all the while see the copy before or after,
 * never a mix; a refresh that fails leaves the copy as it was.
 */
class RemoteCopyTest {
    @TempDir Path dir;

    private static final String COUNTS = "PREFIX ng: <" + NG.NS + "> SELECT (COUNT(DISTINCT ?n) AS ?notes) (COUNT(DISTINCT ?m) AS ?mentions) "
            + "WHERE { ?n a ng:Note . OPTIONAL { ?m a ng:PaperMention } }";

    @Test
    void aRefreshReplacesTheCopyInOneStepAndIndexesItsText() throws Exception {
        Path notes = Fixtures.writeNotes(dir.resolve("notes"), "first.md",
                "# First reading list\n\n- Attention Is All You Need. https://arxiv.org/abs/1706.03762\n");
        Path db = dir.resolve("db");
        Fixtures.build(db, notes);
        try (FusekiTarget target = new FusekiTarget(dir.resolve("target"))) {
            publish(db, target);
            try (RemoteCopy copy = RemoteCopy.fetch(RemoteSource.open(target.query()), Duration.ofSeconds(30))) {
                String before = counts(copy);
                assertThat(before).startsWith("1 ");
                assertThat(copy.notice()).startsWith("A copy of " + target.query() + ", fetched at ");

                Fixtures.writeNotes(notes, "second.md", "# Zebra crossings\n\n"
                        + "- Deep Residual Learning for Image Recognition. https://arxiv.org/abs/1512.03385\n"
                        + "- Adam: A Method for Stochastic Optimization. https://arxiv.org/abs/1412.6980\n");
                Fixtures.build(db, notes);
                publish(db, target);

                Set<String> seen = ConcurrentHashMap.newKeySet();
                AtomicBoolean reading = new AtomicBoolean(true);
                Thread reader = new Thread(() -> {
                    while (reading.get()) seen.add(counts(copy));
                });
                reader.start();
                RemoteCopy.Fetch fetch = copy.refresh();
                reading.set(false);
                reader.join();
                String after = counts(copy);

                assertThat(fetch.changed()).isTrue();
                assertThat(after).startsWith("2 ");
                assertThat(seen).as("what readers saw during the refresh").isSubsetOf(before, after);
                assertThat(search(copy, "zebra")).as("the new note's title in the copy's index").isNotEmpty();
                assertThat(copy.refresh().changed()).as("a refresh with nothing new").isFalse();

                target.close();
                assertThatThrownBy(copy::refresh).isInstanceOf(RemoteQueryException.class).hasMessageContaining(target.query());
                assertThat(counts(copy)).isEqualTo(after);
                assertThat(search(copy, "zebra")).isNotEmpty();
            }
        }
    }

    private void publish(Path db, FusekiTarget target) throws Exception {
        Path password = dir.resolve("password.txt");
        Files.writeString(password, FusekiTarget.PASSWORD, StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("publish", "--db", db.toString(), "--to", target.gsp(), "--user", FusekiTarget.USER,
                "--password-file", password.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
    }

    /** "notes mentions", read in one read transaction. */
    private static String counts(RemoteCopy copy) {
        var dsg = copy.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(COUNTS).build()) {
                var row = qe.select().next();
                return row.get("notes").getLiteralLexicalForm() + " " + row.get("mentions").getLiteralLexicalForm();
            }
        });
    }

    private static List<String> search(RemoteCopy copy, String words) {
        var dsg = copy.datasetGraph();
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?hit WHERE { ?hit text:query \"" + words + "\" }";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                List<String> hits = new java.util.ArrayList<>();
                qe.select().forEachRemaining(b -> hits.add(b.get("hit").toString()));
                return hits;
            }
        });
    }
}
