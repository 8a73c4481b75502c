package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.Library;
import org.notegraph.notes.LibraryReader;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.RecordReader;

class CitationKeysTest {
    private static final Library LIBRARY = LibraryReader.read(
            List.of(Path.of("src/test/resources/library/refs.bib")), new Diagnostics());
    private static final PaperExtractor EXTRACTOR = PaperExtractor.defaults().withLibrary(LIBRARY);

    private static List<PaperMention> mentions(String name, String markdown, Diagnostics d) {
        ParsedNote note = new NoteParser().parse(new NoteFile(Path.of(name), name), markdown, "0".repeat(64), d).orElseThrow();
        return EXTRACTOR.extract(note, RecordReader.read(note), d);
    }

    @Test
    void aPandocCitationGetsTheLibrarysFieldsAndKeepsItsOwnSpan() {
        Diagnostics d = new Diagnostics();
        List<PaperMention> ms = mentions("n.md", "Intro.\n\nRouting helps [see @okafor2021lattice, p. 3; @lindqvist2019hollow].\n", d);

        assertThat(ms).hasSize(2);
        PaperMention a = ms.get(0);
        assertThat(a.rule()).isEqualTo("citation-key");
        assertThat(a.span().line()).isEqualTo(3);
        assertThat(a.title()).isEqualTo("Sparse Lattice Routing for Tiny Models");
        assertThat(a.authors()).containsExactly("Mira Okafor", "Anh Vo", "Lars Pettersen");
        assertThat(a.year()).isEqualTo(2021);
        assertThat(a.ids().arxiv()).isEqualTo("2106.01234");
        assertThat(ms.get(1).ids().doi()).isEqualTo("10.1234/jsm.2019.042");
        assertThat(d.all()).isEmpty();
    }

    @Test
    void aBareKeyResolvesAndAnUnknownBracketedKeyIsAWarningWithFileAndLine() {
        Diagnostics d = new Diagnostics();
        List<PaperMention> ms = mentions("n.md", "As @okafor2021lattice show.\n\nBut [@nobody2000] disagrees; mail me@example.org.\n", d);

        assertThat(ms).extracting(PaperMention::title).containsExactly("Sparse Lattice Routing for Tiny Models");
        assertThat(d.all()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("n.md");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("@nobody2000");
        });
    }

    @Test
    void aNoteNamedByItsCitationKeyIsThatPaper() {
        List<PaperMention> ms = mentions("lindqvist2019hollow.md", "Some thoughts on the blocks.\n", new Diagnostics());

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("library-note");
            assertThat(m.title()).isEqualTo("Hollow Residual Blocks");
            assertThat(m.authors()).containsExactly("Pia Lindqvist", "Jörg Müller");
        });
    }

    @Test
    void citationsInCodeAreNotRead() {
        Diagnostics d = new Diagnostics();
        assertThat(mentions("n.md", "Write `[@okafor2021lattice]` to cite.\n", d)).isEmpty();
        assertThat(d.all()).isEmpty();
    }
}
