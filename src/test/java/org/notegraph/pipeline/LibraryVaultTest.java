package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.query.NamedQueries;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * A vault whose notes cite a BibTeX library by key ({@code [@key]}, {@code [see @a, p. 3]},
 * {@code @key}, a note front-mattered by its citekey): each cited paper is one paper with the
 * library's fields, whether the library lies in the notes folder or is given with {@code --library}.
 */
class LibraryVaultTest {
    private static final Path VAULT = Path.of("src/test/resources/library-vault");

    @TempDir Path tmp;

    /** paper-mentions rows by note and line: "note:line" → title | authors | venue | year | arxiv | doi, and the paper IRI. */
    private static List<Map<String, String>> mentions(Path db) {
        try (NoteStore store = Stores.openExisting(db)) {
            String q = NamedQueries.load("paper-mentions").orElseThrow();
            return store.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    List<Map<String, String>> rows = new java.util.ArrayList<>();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new TreeMap<>();
                        rs.getResultVars().forEach(v -> row.put(v, s.get(v) == null ? ""
                                : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                        rows.add(row);
                    }
                    return rows;
                }
            });
        }
    }

    private static Map<String, Map<String, String>> byPaper(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("title"), r -> r, (a, b) -> a, TreeMap::new));
    }

    @Test
    void aLibraryInTheNotesFolderGivesEachCitedPaperOnceWithTheLibrarysFields() {
        Path db = tmp.resolve("db");
        BuildReport report = Fixtures.build(db, VAULT);

        List<Map<String, String>> rows = mentions(db);
        assertThat(rows).extracting(r -> r.get("note") + ":" + r.get("line")).containsExactlyInAnyOrder(
                "ideas.md:3", "ideas.md:3", "papers/lindqvist2019hollow.md:1",
                "reading-log.md:3", "reading-log.md:4", "reading-log.md:5", "reading-log.md:5");
        assertThat(report.papers()).as("three cited papers, the uncited book is no paper").isEqualTo(3);
        assertThat(rows.stream().map(r -> r.get("paper")).distinct()).hasSize(3);

        Map<String, Map<String, String>> papers = byPaper(rows);
        assertThat(papers).containsOnlyKeys("Sparse Lattice Routing for Tiny Models", "Hollow Residual Blocks",
                "Quiet Gradients: Training Without Warmup");
        Map<String, String> lattice = papers.get("Sparse Lattice Routing for Tiny Models");
        assertThat(lattice.get("authors")).isEqualTo("Mira Okafor; Anh Vo; Lars Pettersen");
        assertThat(lattice.get("year")).isEqualTo("2021");
        assertThat(lattice.get("arxiv")).isEqualTo("2106.01234");
        assertThat(lattice.get("venue")).contains("Neural Information Processing Systems");
        Map<String, String> hollow = papers.get("Hollow Residual Blocks");
        assertThat(hollow.get("authors")).isEqualTo("Pia Lindqvist; Jörg Müller");
        assertThat(hollow.get("doi")).isEqualTo("10.1234/jsm.2019.042");
        assertThat(hollow.get("venue")).contains("Journal of Small Machines");
        assertThat(papers.get("Quiet Gradients: Training Without Warmup").get("authors")).isEqualTo("Samir Haddad; Keiko Ito");
        assertThat(rows.stream().filter(r -> r.get("title").startsWith("Sparse Lattice")).map(r -> r.get("note")).distinct())
                .as("one paper, cited from two notes").containsExactlyInAnyOrder("ideas.md", "reading-log.md");
    }

    @Test
    void aLibraryGivenWithTheOptionResolvesKeysAndEditingItRebuildsTheCitingNotes() throws IOException {
        Path notes = tmp.resolve("notes");
        Fixtures.writeNotes(notes, "log.md", "# Log\n\n- Read [@okafor2021lattice] today.\n");
        Path library = tmp.resolve("elsewhere/library.bib");
        Files.createDirectories(library.getParent());
        Files.copy(VAULT.resolve("references.bib"), library);
        Path db = tmp.resolve("db");
        BuildOptions options = new BuildOptions(List.of(notes), List.of(), null, db, 0, List.of(), null, List.of(), List.of(library));

        Diagnostics first = new Diagnostics();
        new Builder().build(options, first, Builder.Progress.NONE);
        assertThat(first.all()).isEmpty();
        assertThat(mentions(db)).singleElement().satisfies(r -> assertThat(r.get("title")).isEqualTo("Sparse Lattice Routing for Tiny Models"));

        Files.writeString(library, Files.readString(library).replace("Sparse Lattice Routing for Tiny Models", "Sparse Lattice Routing, Revised"));
        BuildReport again = new Builder().build(options, new Diagnostics(), Builder.Progress.NONE);
        assertThat(again.notesExtracted()).as("a changed library re-reads the notes").isEqualTo(1);
        assertThat(mentions(db)).singleElement().satisfies(r -> assertThat(r.get("title")).isEqualTo("Sparse Lattice Routing, Revised"));
    }

    @Test
    void withoutTheLibraryAKeyIsAWarningNamingFileAndLineAndNoPaper() {
        Path notes = Fixtures.writeNotes(tmp.resolve("bare"), "log.md", "# Log\n\n- Read [@okafor2021lattice] today.\n");
        Diagnostics d = new Diagnostics();
        BuildReport report = new Builder().build(BuildOptions.of(List.of(notes), tmp.resolve("db")), d, Builder.Progress.NONE);

        assertThat(report.papers()).isZero();
        assertThat(d.all()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo("log.md");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("@okafor2021lattice").contains("--library");
        });
    }
}
