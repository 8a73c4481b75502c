package org.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.testing.Fixtures;

/** {@code notegraph gaps} over the markup vault: note:line rows, a summary, kinds filtered, CSV, usage errors. */
class GapsCommandTest {
    @TempDir static Path tmp;
    static String db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db").toString();
        Fixtures.build(tmp.resolve("db"), Path.of("src/test/resources/markup-vault"));
    }

    @Test
    void textRowsAreNoteLineKindLabelAndDetail() {
        CliRunner.Run r = CliRunner.run("gaps", "--db", db);
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("week-3.md:4: dangling-link: Pruning Before Training ([[Pruning Before Training]] points to no note, paper or concept)")
                .contains("scratch.md:1: note-without-papers: scratch.md (the note mentions no paper)")
                .contains("papers/Lottery Tickets.md:2: paper-missing-fields: Winning Subnetworks in Random Initialisations (no authors)");
        assertThat(r.out().strip()).matches("(?s).*\\n\\d+ gaps: 1 dangling-link, 1 note-without-papers, \\d+ paper-missing-fields$");
    }

    @Test
    void kindsFilterAndCsvHasTheQueryColumns() {
        CliRunner.Run only = CliRunner.run("gaps", "--db", db, "--kind", "dangling-link");
        assertThat(only.out().lines()).containsExactly(
                "week-3.md:4: dangling-link: Pruning Before Training ([[Pruning Before Training]] points to no note, paper or concept)",
                "1 gaps: 1 dangling-link");
        CliRunner.Run csv = CliRunner.run("gaps", "--db", db, "--format", "csv");
        assertThat(csv.code()).isEqualTo(0);
        assertThat(csv.out().lines().findFirst()).hasValue("gap,subject,label,note,line,detail");
    }

    @Test
    void unknownKindOrFormatIsAUsageError() {
        CliRunner.Run kind = CliRunner.run("gaps", "--db", db, "--kind", "typos");
        assertThat(kind.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(kind.err()).contains("unknown gap kind 'typos'", "dangling-link");
        assertThat(CliRunner.run("gaps", "--db", db, "--format", "yaml").code()).isEqualTo(ExitCodes.USAGE);
    }
}
