package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.export.Exporter;
import org.notegraph.notes.NoteReader;
import org.notegraph.rdf.Prefixes;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * Kills {@code notegraph build} with SIGKILL at random moments, over and over, on a corpus of a few
 * hundred notes that changes between runs. After every kill the store must open, hold complete
 * note graphs whose hashes match a version of their note, and equal either the state before the
 * killed build or the state after it; the next build must complete to the clean-build result.
 * {@code -Dnotegraph.crashKills=N} sets the number of kills: 2 by default, so that {@code mvn verify}
 * stays short (every check still runs: the store after each kill, and after the last a clean build
 * and the completed next build); {@code bench/crash-safety}, a step of {@code .ci/run}, runs it with 50.
 */
class CrashSafetyTest {
    @TempDir Path tmp;

    private static final int NOTES = 200;

    private static String export(Path db) {
        try (NoteStore store = Stores.open(db)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(Prefixes.standard(null)).write(store.datasetGraph(), Exporter.Format.NQ, out);
            release(store);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** Lets another process open the store: TDB2 keeps a location open per JVM until expelled. */
    private static void release(NoteStore store) {
        store.release();
    }

    private static void writeCorpus(Path notes, Random random, int version) throws IOException {
        for (int i = 0; i < NOTES; i++) {
            if (version > 0 && random.nextInt(4) != 0) continue;
            StringBuilder sb = new StringBuilder("# Note " + i + " v" + version + "\n\n");
            for (int k = 0; k < 4; k++) {
                int paper = random.nextInt(400);
                sb.append("- We propose Net").append(paper).append(", which outperforms LSTM and uses GAN training [Net")
                        .append(paper).append(": Paper number ").append(paper).append("](https://arxiv.org/abs/21")
                        .append(String.format("%02d.%05d", 1 + paper % 12, paper)).append(")\n");
            }
            Files.writeString(notes.resolve("n" + i + ".md"), sb.toString());
        }
    }

    private static Process startBuild(Path notes, Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dnotegraph.bulkLoadMinQuads=0", "-cp", System.getProperty("java.class.path"),
                "org.notegraph.cli.Main", "build", "--quiet", "--no-validate", "--db", db.toString(), notes.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void killedBuildsLeaveAConsistentStoreAndTheNextBuildCompletes() throws Exception {
        int kills = Integer.getInteger("notegraph.crashKills", 2);
        Random random = new Random(42);
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Path db = tmp.resolve("db");
        writeCorpus(notes, random, 0);
        Process first = startBuild(notes, db);
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        writeCorpus(notes, random, 1000);
        long t0 = System.nanoTime();
        Process calibration = startBuild(notes, db);
        assertThat(calibration.waitFor(300, TimeUnit.SECONDS)).isTrue();
        long buildMillis = Math.max(500, (System.nanoTime() - t0) / 1_000_000);
        String before = export(db);
        int tried = 0;
        int survived = 0;
        int sawBefore = 0;
        int sawAfter = 0;
        for (int round = 1; round <= kills; round++) {
            writeCorpus(notes, random, round);
            Process build = startBuild(notes, db);
            Thread.sleep((long) (buildMillis * (0.2 + 1.0 * random.nextDouble())));
            build.destroyForcibly();
            build.waitFor(60, TimeUnit.SECONDS);
            tried++;
            String now = export(db);
            boolean isBefore = now.equals(before);
            boolean needAfter = !isBefore || round % 10 == 0 || round == kills;
            String after = needAfter ? cleanBuild(notes, round) : null;
            boolean isAfter = now.equals(after);
            assertThat(isBefore || isAfter).as("round %d: the store is neither the state before nor after the build", round).isTrue();
            assertThat(hashesMatchSomeVersion(db, notes, isAfter)).as("round %d: note hashes", round).isTrue();
            sawBefore += isBefore && !isAfter ? 1 : 0;
            sawAfter += isAfter ? 1 : 0;
            survived++;
            before = now;
            if (round % 10 == 0 || round == kills) {
                Process complete = startBuild(notes, db);
                assertThat(complete.waitFor(300, TimeUnit.SECONDS)).isTrue();
                assertThat(complete.exitValue()).as("round %d: the next build completes", round).isZero();
                before = export(db);
                assertThat(before).as("round %d: the completed build equals a clean build", round).isEqualTo(after);
            }
        }
        System.out.printf("crash safety: kills tried %d, store consistent %d, lost 0 (old state %d, new state %d)%n",
                tried, survived, sawBefore, sawAfter);
        assertThat(survived).isEqualTo(tried).isGreaterThanOrEqualTo(kills);
    }

    private String cleanBuild(Path notes, int round) {
        Path clean = tmp.resolve("clean-" + round);
        try (NoteStore store = Stores.open(clean)) {
            new Builder().build(BuildOptions.of(List.of(notes), clean), store, new Diagnostics(), Builder.Progress.NONE, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(Prefixes.standard(null)).write(store.datasetGraph(), Exporter.Format.NQ, out);
            release(store);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** When the store holds the new state, every stored note hash is the hash of the file on disk. */
    private static boolean hashesMatchSomeVersion(Path db, Path notes, boolean isAfter) throws IOException {
        Map<String, String> stored;
        try (NoteStore store = Stores.open(db)) {
            stored = store.noteHashes();
            release(store);
        }
        if (stored.size() != NOTES) return false;
        if (!isAfter) return true;
        for (Map.Entry<String, String> e : stored.entrySet()) {
            String file = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            if (!NoteReader.sha256(Files.readAllBytes(notes.resolve(file))).equals(e.getValue())) return false;
        }
        return true;
    }

}
