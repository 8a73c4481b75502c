package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.export.Exporter;
import org.notegraph.rdf.Prefixes;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * A rebuild with nothing to do makes no pass over the store or the caches: it reads no cached
 * extraction (the cache can be gone), writes nothing, and reports what the last build reported,
 * warnings and validation included. A changed note builds as usual.
 */
class NoChangeRebuildTest {
    @TempDir Path tmp;

    private static BuildReport build(Path notes, Path db) {
        return new Builder().build(BuildOptions.of(List.of(notes), db), new Diagnostics(), Builder.Progress.NONE, true);
    }

    private static String export(Path db) {
        try (NoteStore store = Stores.open(db)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(Prefixes.standard(null)).write(store.datasetGraph(), Exporter.Format.NQ, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Test
    void aNoChangeRebuildReportsTheLastBuildWithoutReadingTheExtractionCache() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "# Recurrent nets\n\n"
                + "- We propose FooNet, which outperforms LSTM [FooNet: Fast Recurrent Nets](https://arxiv.org/abs/2101.00001)\n"
                + "- See [[A note nobody wrote]] for more.\n");
        Files.writeString(notes.resolve("b.md"), "# Transformers\n\n"
                + "### [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\nThe Transformer uses self-attention only.\n");
        Path db = tmp.resolve("db");
        BuildReport first = build(notes, db);
        String stored = export(db);
        deleteTree(Builder.cacheFolder(db));

        BuildReport again = build(notes, db);

        assertThat(again.changes()).isEqualTo("0 extracted, 0 rewritten, 0 dropped");
        assertThat(again.diagnostics()).containsExactlyInAnyOrderElementsOf(first.diagnostics());
        assertThat(again.diagnostics()).anyMatch(d -> d.message().contains("A note nobody wrote"));
        assertThat(List.of(again.notesFound(), again.notesBuilt(), again.papers(), again.mentions()))
                .isEqualTo(List.of(first.notesFound(), first.notesBuilt(), first.papers(), first.mentions()));
        assertThat(again.quads()).isEqualTo(first.quads());
        assertThat(again.validation().summary()).isEqualTo(first.validation().summary());
        assertThat(Files.exists(Builder.cacheFolder(db))).as("nothing was extracted or cached").isFalse();
        assertThat(export(db)).isEqualTo(stored);

        Files.writeString(notes.resolve("b.md"), Files.readString(notes.resolve("b.md")) + "\nA second line.\n");
        BuildReport changed = build(notes, db);
        assertThat(changed.notesExtracted()).as("the cache is gone, so both notes are read again").isEqualTo(2);
        assertThat(changed.notesRewritten()).isEqualTo(1);
    }
}
