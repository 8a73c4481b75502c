package org.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.store.HoldStore;
import org.notegraph.testing.Fixtures;

/** {@code notegraph doctor}: its output and exit codes, 0 consistent, 3 not, 1 when the store cannot be opened. */
class DoctorCommandTest {
    @TempDir static Path tmp;
    static Path notes;
    static Path db;

    @BeforeAll
    static void build() {
        notes = tmp.resolve("notes");
        Fixtures.copyTree(Fixtures.EXAMPLES, notes);
        db = tmp.resolve("db");
        CliRunner.Run r = CliRunner.run("build", "-q", "--db", db.toString(), notes.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aConsistentStoreExitsZero() {
        CliRunner.Run r = CliRunner.run("doctor", "--db", db.toString(), notes.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("store " + db + ": 11 graphs, 7 note graphs, 7 note files; consistent\n");
        assertThat(CliRunner.run("doctor", "--db", db.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(CliRunner.run("--help").out()).contains("doctor");
    }

    @Test
    void problemsAreListedOnePerLineWithTheRepairAndExitThree() throws Exception {
        Path file = notes.resolve("nas-notes.md");
        byte[] original = Files.readAllBytes(file);
        try {
            Files.writeString(file, "\nedited after the build\n", java.nio.file.StandardOpenOption.APPEND);
            CliRunner.Run r = CliRunner.run("doctor", "--db", db.toString(), notes.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION_FAILED);
            List<String> lines = r.out().lines().toList();
            assertThat(lines).containsExactly(
                    "nas-notes.md: changed since the build: its SHA-256 is not the ng:contentHash of https://notegraph.example/note/nas-notes.md",
                    "store " + db + ": 11 graphs, 7 note graphs, 7 note files; 1 problem",
                    "to repair: rebuild the store from the notes: `notegraph build " + notes + " --db " + db
                            + "`; if the store cannot be opened, delete " + db + " and rebuild");
        } finally {
            Files.write(file, original);
        }
    }

    @Test
    void noStoreExitsOneAndSaysHowToBuildIt() {
        Path missing = tmp.resolve("missing");
        CliRunner.Run r = CliRunner.run("doctor", "--db", missing.toString(), notes.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(r.out()).contains(missing + ": cannot open the store: no store at " + missing,
                "to repair: build it: `notegraph build " + notes + " --db " + missing + "`");
        assertThat(missing).doesNotExist();
    }

    /** Another process holds the store's lock: exit 1, and the advice is to wait, not to delete it. */
    @Test
    void aStoreLockedByAnotherProcessExitsOne() throws Exception {
        // a copy this JVM has never opened (TDB2 keeps a location it opened, and its lock, for the JVM's life)
        Path locked = tmp.resolve("locked-db");
        Fixtures.copyTree(db, locked);
        try (Stream<Path> s = Files.walk(locked)) {
            for (Path lock : s.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) Files.delete(lock);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), locked.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("holding")) {
                // log lines before it
            }
            assertThat(line).as("the holder opened the store").isEqualTo("holding");
            CliRunner.Run r = CliRunner.run("doctor", "--db", locked.toString());
            assertThat(r.code()).as(r.out()).isEqualTo(ExitCodes.INTERNAL_ERROR);
            assertThat(r.out()).contains(locked + ": cannot open the store: ", "lock",
                    "to repair: another process (a build, or a server) is using the store; let it finish or stop it, then try again");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
    }
}
