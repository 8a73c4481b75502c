package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.Builder;
import org.notegraph.serve.pages.PageData;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/** The text index follows the builds: words of a changed or removed note stop matching; a lost index is rebuilt. */
class SearchIndexTest {
    @TempDir Path tmp;

    static final String TEXT = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"%s\" }";

    static Set<String> search(Path db, String words) {
        try (NoteStore store = Stores.openExisting(db)) {
            return store.read(dsg -> {
                Set<String> hits = new TreeSet<>();
                try (QueryExec qe = QueryExec.dataset(dsg).query(TEXT.formatted(words)).build()) {
                    qe.select().forEachRemaining(b -> hits.add(b.get("s").getURI()));
                }
                return hits;
            });
        }
    }

    /** Index documents matched (one per indexed triple), not distinct resources. */
    static long hits(Path db, String words) {
        try (NoteStore store = Stores.openExisting(db)) {
            return store.read(dsg -> {
                try (QueryExec qe = QueryExec.dataset(dsg).query(TEXT.formatted(words).replace("DISTINCT ", "")).build()) {
                    long n = 0;
                    var rs = qe.select();
                    while (rs.hasNext()) { rs.next(); n++; }
                    return n;
                }
            });
        }
    }

    static void build(Path notes, Path db) {
        new Builder().build(BuildOptions.of(List.of(notes), db), new Diagnostics(), Builder.Progress.NONE);
    }

    @Test
    void rebuildsKeepTheIndexInStepWithTheNotes() throws Exception {
        Path notes = tmp.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("a.md"), "# Reading\n\n- [Wombat Dynamics](https://arxiv.org/abs/2001.00001) on marsupial gaits\n");
        Files.writeString(notes.resolve("b.md"), "# More\n\n- [Quokka Census](https://arxiv.org/abs/2001.00002) counts quokkas\n");
        Path db = tmp.resolve("db");
        build(notes, db);
        assertThat(search(db, "wombat")).anyMatch(s -> s.endsWith("paper/arxiv/2001.00001"));
        assertThat(search(db, "quokka")).isNotEmpty();

        Files.writeString(notes.resolve("a.md"), "# Reading\n\n- [Platypus Venom](https://arxiv.org/abs/2001.00003) revisited\n");
        Files.delete(notes.resolve("b.md"));
        build(notes, db);
        assertThat(search(db, "wombat")).as("words of the replaced text").isEmpty();
        assertThat(search(db, "quokka")).as("words of the removed note").isEmpty();
        assertThat(search(db, "platypus")).anyMatch(s -> s.endsWith("paper/arxiv/2001.00003"));

        long documents = hits(db, "platypus OR reading");
        assertThat(search(db, "platypus OR reading")).hasSize(3);
        build(notes, db);
        assertThat(hits(db, "platypus OR reading")).as("no duplicates or losses from a rebuild of the same notes").isEqualTo(documents);
    }

    @Test
    void aMissingIndexIsRebuiltWhenTheStoreIsOpened() throws Exception {
        Path db = TestStores.build(tmp);
        Set<String> before = search(db, "attention OR descent OR anomaly");
        assertThat(before).hasSizeGreaterThan(5);
        TestStores.deleteTree(db.resolve("text"));
        assertThat(search(db, "attention OR descent OR anomaly")).isEqualTo(before);
    }

    @Test
    void theSearchQueryTakesTheWordsAsOneLiteral() {
        String q = PageData.searchQuery("say \"hi\" \\ } SELECT");
        assertThat(q).contains("VALUES ?words { \"say \\\"hi\\\" \\\\ } SELECT\" }");
        assertThat(org.apache.jena.query.QueryFactory.create(q).isSelectType()).isTrue();
    }
}
