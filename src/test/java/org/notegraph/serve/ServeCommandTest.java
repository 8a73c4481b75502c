package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.ExitCodes;
import org.notegraph.cli.Main;
import picocli.CommandLine;

/** {@code notegraph serve} and {@code notegraph demo} as commands: usage errors, and the demo end to end. */
class ServeCommandTest {
    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void helpListsServeAndDemoAndTheSafetyOptions() {
        assertThat(run("--help").out()).contains("serve", "demo");
        Run help = run("serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--port", "--host", "--timeout", "--allow-update", "--passwd", "--metrics", "--config", "127.0.0.1");
    }

    @Test
    void updatesWithoutAPasswordFileAreAUsageError() {
        Run r = run("serve", "--db", tmp.toString(), "--allow-update");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--allow-update needs --passwd");
    }

    @Test
    void missingStoreOrConfigOrPasswordFileAreReported() {
        Run noStore = run("serve", "--db", tmp.resolve("nothing").toString(), "--port", "0");
        assertThat(noStore.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(noStore.err()).contains("no store at");
        assertThat(run("serve", "--config", tmp.resolve("none.ttl").toString()).code()).isEqualTo(ExitCodes.USAGE);
        Run noPasswd = run("serve", "--db", tmp.toString(), "--passwd", tmp.resolve("passwd").toString());
        assertThat(noPasswd.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noPasswd.err()).contains("cannot read the password file");
    }

    @Test
    void demoBuildsTheBundledExamplesAndServesThem() throws Exception {
        Path db = tmp.resolve("demo").resolve("db");
        try (ServerProcess demo = ServerProcess.notegraph(tmp, "demo", "--port", "0", "--db", db.toString())) {
            String url = demo.await(Pattern.compile("Fuseki UI:\\s+(\\S+)"), Duration.ofSeconds(120));
            assertThat(url).startsWith("http://127.0.0.1:");
            assertThat(demo.output()).contains("7 notes, 0 skipped, 42 papers", "read-only", url + "home");
            Http.Response count = Http.get(url + "kg/query?query=" + Http.enc(EndpointsTest.COUNT)).accept("text/csv").send();
            assertThat(EndpointsTest.count(count.body())).isGreaterThan(2000);
            assertThat(Http.get(url + "home").send().body()).contains("Deep Double Descent");
            assertThat(Http.get(url).send().body()).contains("Apache Jena Fuseki");
        }
        assertThat(Files.exists(db.resolve("text"))).as("the demo store has its text index").isTrue();
        assertThat(Files.exists(tmp.resolve("run"))).as("nothing written to Fuseki's default ./run").isFalse();
    }
}
