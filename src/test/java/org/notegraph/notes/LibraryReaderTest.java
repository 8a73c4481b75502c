package org.notegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;

class LibraryReaderTest {
    private static final Path DIR = Path.of("src/test/resources/library");

    @Test
    void readsBibTeXEntriesWithAuthorsInOrderAndIdentifiers() {
        Library lib = LibraryReader.read(List.of(DIR.resolve("refs.bib")), new Diagnostics());

        LibraryEntry e = lib.get("okafor2021lattice").orElseThrow();
        assertThat(e.title()).isEqualTo("Sparse Lattice Routing for Tiny Models");
        assertThat(e.authors()).containsExactly("Mira Okafor", "Anh Vo", "Lars Pettersen");
        assertThat(e.venue()).isEqualTo("Advances in Neural Information Processing Systems");
        assertThat(e.year()).isEqualTo(2021);
        assertThat(e.arxiv()).isEqualTo("2106.01234");
        LibraryEntry h = lib.get("lindqvist2019hollow").orElseThrow();
        assertThat(h.authors()).as("LaTeX accents become letters").containsExactly("Pia Lindqvist", "Jörg Müller");
        assertThat(h.doi()).isEqualTo("10.1234/JSM.2019.042");
    }

    @Test
    void readsCslJson() {
        Library lib = LibraryReader.read(List.of(DIR.resolve("refs.json")), new Diagnostics());

        LibraryEntry e = lib.get("reyes2020chain").orElseThrow();
        assertThat(e.authors()).containsExactly("Tomas Reyes", "Ingrid Solberg");
        assertThat(e.year()).isEqualTo(2020);
        assertThat(e.doi()).isEqualTo("10.5555/chain.2020");
        assertThat(LibraryReader.isLibrary(DIR.resolve("refs.json"))).isTrue();
    }

    @Test
    void aBrokenLibraryIsAWarningNamingTheFileAndTheBuildGoesOn(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.bib");
        Files.writeString(bad, "@article{x, title = {unclosed\n");
        Diagnostics d = new Diagnostics();

        Library lib = LibraryReader.read(List.of(bad, DIR.resolve("refs.bib")), d);

        assertThat(d.all()).singleElement().satisfies(w -> assertThat(w.toString()).contains("bad.bib"));
        assertThat(lib.get("okafor2021lattice")).isPresent();
    }
}
