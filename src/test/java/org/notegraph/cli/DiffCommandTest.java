package org.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notegraph.cli.CliRunner.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.PatchSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner.Run;
import org.notegraph.diff.NotesHistory;

/** {@code notegraph diff} on the command line: the three formats, the working tree by default, clear usage errors. */
class DiffCommandTest {
    @TempDir static Path tmp;
    static NotesHistory history;

    @BeforeAll
    static void makeHistory() { history = NotesHistory.make(tmp.resolve("repo")); }

    private static String db() { return tmp.resolve("no-store").toString(); }

    @Test
    void textNamesBothRevisionsAndEachChange() {
        Run r = run("diff", history.commits.get(0), history.commits.get(1), history.notes().toString(), "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("notegraph diff " + history.commits.get(0) + " two notes → " + history.commits.get(1) + " add a paper, notes in notes/",
                "notes: 0 added, 0 removed, 1 changed", "  ~ optimizers.md",
                "papers: 1 added, 0 removed, 0 changed",
                "  + \"Decoupled Weight Decay Regularization\"  (optimizers.md)  <https://notegraph.example/paper/arxiv/1711.05101>",
                "relations: 0 added, 0 removed, 0 changed");
    }

    @Test
    void jsonAgainstTheWorkingTreeWhenTheSecondArgumentIsAFolder() {
        Run r = run("diff", history.commits.get(2), history.notes().toString(), "--format", "json", "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject json = JSON.parse(r.out());
        assertThat(json.getObj("to").getString("name")).isEqualTo("working tree");
        assertThat(json.getObj("notes").get("removed").getAsArray().get(0).getAsObject().getString("label")).isEqualTo("optimizers.md");
        assertThat(json.getObj("papers").get("removed").getAsArray()).hasSize(2);
        assertThat(json.getObj("claims").get("added").getAsArray()).isEmpty();
    }

    @Test
    void patchParsesAsAnRdfPatchOfOneTransaction() throws Exception {
        Path out = tmp.resolve("change.rdfp");
        Run r = run("diff", history.commits.get(1), history.commits.get(2), history.notes().toString(), "--format", "patch",
                "-o", out.toString(), "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        PatchSummary summary = RDFPatchOps.summary(RDFPatchOps.read(Files.newInputStream(out)));
        assertThat(summary.getCountTxnBegin()).isEqualTo(1);
        assertThat(summary.getCountAddData()).isPositive();
        assertThat(summary.getCountDeleteData()).isPositive();
    }

    @Test
    void aFolderOutsideGitOrAnUnknownRevisionIsAUsageErrorSayingSo() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Run outside = run("diff", "HEAD", "HEAD", plain.toString(), "--db", db());
        assertThat(outside.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(outside.err()).contains("not a git repository");
        Run unknown = run("diff", "no-such-tag", "HEAD", history.notes().toString(), "--db", db());
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown revision 'no-such-tag'");
        assertThat(run("diff", "HEAD", "--format", "svg").code()).isEqualTo(ExitCodes.USAGE);
    }
}
