package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * Copy-on-write transactions leave old blocks behind, so a store fed only small builds would grow
 * without end: an incremental build compacts it once it has grown past {@link Builder#COMPACT_GROWTH}
 * times its compacted size. Rebuilds with edits stay within three times a clean build: six in
 * {@code mvn verify} (the store compacts every third one, so twice), twenty in {@code bench/crash-safety}
 * ({@code -Dnotegraph.storeGrowthRebuilds=N}), which {@code .ci/run} runs after it.
 */
class StoreGrowthTest {
    @TempDir Path tmp;

    private static final int NOTES = 60;

    private static void writeNote(Path notes, int i, int version, Random random) throws IOException {
        StringBuilder sb = new StringBuilder("# Note " + i + " version " + version + "\n\n");
        for (int k = 0; k < 12; k++) {
            int paper = random.nextInt(300);
            sb.append("- We propose Net").append(paper).append(" v").append(version).append(", which outperforms LSTM [Net")
                    .append(paper).append(": Paper ").append(paper).append(" revised ").append(version)
                    .append("](https://arxiv.org/abs/21").append(String.format("%02d.%05d", 1 + paper % 12, paper)).append(")\n");
        }
        Files.writeString(notes.resolve("n" + i + ".md"), sb.toString());
    }

    private static long dataBytes(Path db) {
        try (NoteStore store = Stores.open(db)) {
            long bytes = store.dataBytes();
            store.release();
            return bytes;
        }
    }

    private static List<String> dataFolders(Path db) throws IOException {
        try (Stream<Path> s = Files.list(db)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("Data-\\d+")).toList();
        }
    }

    @Test
    void rebuildsWithEditsStayWithinThreeTimesACleanBuild() throws IOException {
        int rebuilds = Integer.getInteger("notegraph.storeGrowthRebuilds", 6);
        Random random = new Random(7);
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        for (int i = 0; i < NOTES; i++) writeNote(notes, i, 0, random);
        Path db = tmp.resolve("db");
        Builder builder = new Builder();
        builder.build(BuildOptions.of(List.of(notes), db), new Diagnostics(), Builder.Progress.NONE, false);
        long clean = dataBytes(db);
        List<String> cleanFolders = dataFolders(db);
        long largest = clean;
        for (int round = 1; round <= rebuilds; round++) {
            for (int k = 0; k < 10; k++) writeNote(notes, random.nextInt(NOTES), round, random);
            BuildReport report = builder.build(BuildOptions.of(List.of(notes), db), new Diagnostics(), Builder.Progress.NONE, false);
            assertThat(report.notesRewritten()).as("round %d is incremental", round).isLessThan(NOTES / 2);
            largest = Math.max(largest, dataBytes(db));
        }
        System.out.printf("store growth: %d rebuilds; clean build %d bytes, largest after an incremental build %d (%.2f x)%n",
                rebuilds, clean, largest, largest / (double) clean);
        assertThat(largest).isLessThanOrEqualTo(3 * clean);
        List<String> folders = dataFolders(db);
        assertThat(folders).as("old data folders are deleted").hasSize(1);
        assertThat(folders.get(0)).as("the store was compacted at least once").isGreaterThan(cleanFolders.get(0));
    }
}
