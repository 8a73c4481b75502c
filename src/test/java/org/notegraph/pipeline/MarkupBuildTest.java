package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;
import org.notegraph.testing.Graphs;

/**
 * A built store holds every tag (SKOS, nested), wikilink (resolved or dangling, with a warning) and
 * unknown field of the markup vault, and a link that dangled resolves once its note is added, though
 * the linking note itself did not change.
 */
class MarkupBuildTest {
    @TempDir Path tmp;

    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/notegraph#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> ";

    private static Set<String> rows(NoteStore store, String select) {
        return store.read(d -> Graphs.selectRows(d.getUnionGraph(), PREFIXES + select, " "));
    }

    private BuildReport build(Path notes, NoteStore store, Diagnostics d) {
        return new Builder().build(BuildOptions.of(List.of(notes), store.location()), store, d, Builder.Progress.NONE, true);
    }

    @Test
    void tagsLinksAndFieldsAreAllInTheGraph() throws IOException {
        Path notes = tmp.resolve("notes");
        Fixtures.copyTree(Path.of("src/test/resources/markup-vault"), notes);
        Diagnostics d = new Diagnostics();
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            BuildReport report = build(notes, store, d);
            assertThat(report.validation().conforms()).as(report.validation().toString()).isTrue();
            assertThat(rows(store, "SELECT ?tag ?broader WHERE { ?note dcterms:subject ?t . ?t skos:notation ?tag "
                    + "OPTIONAL { ?t skos:broader/skos:notation ?broader } }"))
                    .containsExactly("pruning -", "reading-group -", "sparsity/unstructured sparsity", "to-revisit -");
            assertThat(rows(store, "SELECT ?from ?target ?kind ?to WHERE { ?l a ng:WikiLink ; ng:inNote ?from ; "
                    + "ng:linkTarget ?target ; ng:targetKind ?kind OPTIONAL { ?l ng:linksTo ?to } }"))
                    .containsExactly(
                            "note/week-3.md  note note/week-3.md",
                            "note/week-3.md LTH note note/papers/Lottery%20Tickets.md",
                            "note/week-3.md Pruning Before Training dangling -",
                            "note/week-3.md papers/Lottery Tickets note note/papers/Lottery%20Tickets.md",
                            "note/week-3.md week3-plot.png attachment -");
            assertThat(rows(store, "SELECT ?key ?value WHERE { ?f a ng:NoteField ; ng:fieldKey ?key ; ng:fieldValue ?value }"))
                    .containsExactly("confidence high", "presenter Mira", "reading-group.presenter Mira",
                            "reading-group.week 3", "status summarised");
        }
        assertThat(d.all()).filteredOn(x -> x.message().contains("wikilink"))
                .extracting(Diagnostic::format).containsExactly(
                        "week-3.md:4: warning: wikilink [[Pruning Before Training]] points to no note, paper or concept; kept as an unresolved link");
    }

    @Test
    void aDanglingLinkResolvesWhenItsNoteIsAddedAndDanglesAgainWhenItGoes() throws IOException {
        Path notes = tmp.resolve("notes");
        Fixtures.writeNotes(notes, "a.md", "# A\n\nBuilds on [[B note]].\n");
        String query = "SELECT ?to WHERE { ?l a ng:WikiLink ; ng:linksTo ?to }";
        try (NoteStore store = Stores.open(tmp.resolve("db"))) {
            build(notes, store, new Diagnostics());
            assertThat(rows(store, query)).isEmpty();
            Fixtures.writeNotes(notes, "B note.md", "# Bee\n\nNothing.\n");
            BuildReport second = build(notes, store, new Diagnostics());
            assertThat(second.notesExtracted()).isEqualTo(1);
            assertThat(rows(store, query)).containsExactly("note/B%20note.md");
            Files.delete(notes.resolve("B note.md"));
            Diagnostics d = new Diagnostics();
            build(notes, store, d);
            assertThat(rows(store, query)).isEmpty();
            assertThat(d.all()).extracting(Diagnostic::format).anyMatch(s -> s.startsWith("a.md:3: warning: wikilink [[B note]]"));
        }
    }
}
