package org.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notegraph.cli.CliRunner.run;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner.Run;
import org.notegraph.store.HoldStore;
import org.notegraph.testing.Fixtures;

/**
 * Each mistake a new user makes gets one line saying what is wrong and what to do, and its exit
 * code: missing notes (2, nothing written), an unknown --param (2, the query's variables), a store
 * locked by another process (1, which process and what to do), a port in use (1, --port 0), a
 * damaged store (1, doctor), a query past its time limit (4).
 */
class UserErrorsTest {
    private static final String COUNT_NOTES = "PREFIX ng: <https://w3id.org/notegraph#> SELECT (COUNT(?x) AS ?n) WHERE { ?x a ng:Note }";

    @TempDir static Path tmp;
    static Path db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        Run r = run("build", "-q", "--db", db.toString(), "examples/notes");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aMissingNotesFolderIsAUsageErrorAndCreatesNoStore() {
        Path fresh = tmp.resolve("fresh-db");
        Run r = run("build", "--db", fresh.toString(), "no-such-folder");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no such file or folder: no-such-folder");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aMissingNoteFileLeavesTheStoreAsItWas() {
        Run r = run("build", "--db", db.toString(), "examples/notes", "examples/notes/no-such-note.md");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no such file or folder: examples/notes/no-such-note.md");
        Run count = run("query", "--db", db.toString(), "--format", "csv", "--sparql", COUNT_NOTES);
        assertThat(count.out()).isEqualTo("n\r\n7\r\n");
    }

    @Test
    void everyCommandTakingNotesChecksThem() {
        Run doctor = run("doctor", "--db", db.toString(), "no-such-folder");
        assertThat(doctor.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(doctor.err()).contains("no such file or folder: no-such-folder");
        Run watch = run("build", "--watch", "--db", tmp.resolve("watch-db").toString(), "no-such-folder");
        assertThat(watch.code()).isEqualTo(ExitCodes.USAGE);
        Run serve = run("serve", "--db", tmp.resolve("serve-db").toString(), "--port", "0", "--watch", "no-such-folder");
        assertThat(serve.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(serve.err()).contains("no such file or folder: no-such-folder");
        assertThat(tmp.resolve("watch-db")).doesNotExist();
        assertThat(tmp.resolve("serve-db")).doesNotExist();
        Run library = run("build", "--db", tmp.resolve("lib-db").toString(), "--library", "no-such.bib", "examples/notes");
        assertThat(library.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(library.err()).contains("no such file or folder: no-such.bib (--library)");
    }

    @Test
    void aNotesFolderGivenAsTheStoreIsNotWrittenInto() throws Exception {
        Path notes = tmp.resolve("notes-as-db");
        Fixtures.copyTree(Fixtures.EXAMPLES, notes);
        Run build = run("build", "--db", notes.toString(), "examples/notes");
        assertThat(build.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(build.err()).contains("--db " + notes + " holds files but no notegraph store");
        Run query = run("query", "paper-mentions", "--db", notes.toString());
        assertThat(query.code()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(query.err()).contains("no store at " + notes);
        try (Stream<Path> s = Files.list(notes)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("Data-") || n.equals("tdb.lock"));
        }
    }

    @Test
    void anUnknownParamListsTheQueryVariables() {
        Run r = run("query", "phenomenon-dossier", "--db", db.toString(), "--param", "lable=double descent");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown --param", "?lable (did you mean ?label?)", "its variables: ", "?label", "?paper", "?note");
        assertThat(r.out()).isEmpty();
        Run known = run("query", "phenomenon-dossier", "--db", db.toString(), "--param", "label=double descent", "--format", "csv");
        assertThat(known.code()).as(known.err()).isZero();
        Run adHoc = run("query", "--db", db.toString(), "--sparql", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "--param", "x=1");
        assertThat(adHoc.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(adHoc.err()).contains("no variable ?x", "its variables: ?o, ?p, ?s");
    }

    @Test
    void aStoreHeldByARunningServerNamesItAndSaysWhatToDo() throws Exception {
        Path served = unopenedCopy("served-db");
        Path log = tmp.resolve("serve.log");
        Process server = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", served.toString(), "--port", "0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitLine(server, log, "Press Ctrl-C to stop.");
            for (String[] command : new String[][] {
                    {"query", "paper-mentions", "--db", served.toString()},
                    {"build", "-q", "--db", served.toString(), "examples/notes"},
                    {"export", "--db", served.toString()}}) {
                Run r = run(command);
                assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.UNAVAILABLE);
                assertThat(r.err()).contains("the store " + served + " is in use by process " + server.pid() + " (notegraph serve)",
                        "stop that server", "kill " + server.pid(), "use another store with --db DIR")
                        .doesNotContain("Failed to get a lock");
            }
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    @Test
    void aStoreHeldByAnotherProgramNamesItsProcess() throws Exception {
        Path held = unopenedCopy("held-db");
        Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), held.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("hold.log").toFile()).start();
        try {
            awaitLine(holder, tmp.resolve("hold.log"), "holding");
            Run r = run("query", "paper-mentions", "--db", held.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(r.err()).contains("the store " + held + " is in use by process " + holder.pid() + ";",
                    "let it finish or stop it (`kill " + holder.pid() + "`)", "--db DIR").doesNotContain("notegraph serve");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
    }

    @Test
    void aPortInUseSaysSoAndSuggestsPortZero() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = run("serve", "--db", db.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(r.err()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use", "--port 0")
                    .doesNotContain("Failed to bind");
        }
        assertThat(run("query", "--db", db.toString(), "--format", "csv", "--sparql", COUNT_NOTES).out())
                .as("the store is usable after the failed start").isEqualTo("n\r\n7\r\n");
    }

    @Test
    void aDamagedJournalPointsToDoctor() throws Exception {
        Path damaged = unopenedCopy("damaged-journal-db");
        Files.writeString(dataFolder(damaged).resolve("journal.jrnl"), "not a journal\n");
        Run r = run("query", "paper-mentions", "--db", damaged.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(r.err()).contains("the store " + damaged + " cannot be read", "`notegraph doctor --db " + damaged + "`");
    }

    @Test
    void aDamagedIndexPointsToDoctor() throws Exception {
        Path damaged = unopenedCopy("damaged-index-db");
        Files.write(dataFolder(damaged).resolve("nodes.bpt"), "garbage in the root block!".getBytes(StandardCharsets.US_ASCII));
        Run r = run("query", "paper-mentions", "--db", damaged.toString(), "--format", "csv");
        assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(r.err()).contains("the store " + damaged + " cannot be read", "`notegraph doctor --db " + damaged + "`");
    }

    /**
     * A query that would run for minutes (a three-way cross join of every triple, filtered) stops at
     * its one-second limit with exit 4; the bound is generous for a loaded machine.
     */
    @Test
    void aQueryStopsAtItsTimeLimit() {
        String cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER (STR(?b) = CONCAT(STR(?d), STR(?f))) }";
        long t0 = System.nanoTime();
        Run r = run("query", "--db", db.toString(), "--timeout", "1", "--sparql", cross);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(r.err()).contains("ran past its time limit of 1 s", "--timeout SECONDS");
        assertThat(r.out()).isEmpty();
        assertThat(seconds).as("stopped near its limit").isLessThan(30);
        assertThat(run("query", "--db", db.toString(), "--timeout", "0", "--sparql", cross).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("--help").out()).contains("locked by another process", "the port is in use", "--param",
                "ran past its time limit");
    }

    /** A copy of the store this JVM has never opened (TDB2 keeps a folder it opened, and its lock, for the JVM's life). */
    private static Path unopenedCopy(String name) throws Exception {
        Path copy = tmp.resolve(name);
        Fixtures.copyTree(db, copy);
        try (Stream<Path> s = Files.walk(copy)) {
            for (Path lock : s.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) Files.delete(lock);
        }
        return copy;
    }

    private static Path dataFolder(Path store) throws Exception {
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(p -> p.getFileName().toString().startsWith("Data-")).findFirst().orElseThrow();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void awaitLine(Process p, Path log, String line) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).lines().anyMatch(l -> l.equals(line))) return;
            if (!p.isAlive()) throw new AssertionError("exited with " + p.exitValue() + ":\n" + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("no line '" + line + "' within 120 s:\n" + Files.readString(log));
    }
}
