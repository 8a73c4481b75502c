package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;
import org.notegraph.identity.IriMinter;
import org.notegraph.model.Namespaces;
import org.notegraph.rdf.NG;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

class BuilderTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) notes, (\\d+) skipped, (\\d+) papers, (\\d+) mentions, (\\d+) triples, (\\d+\\.\\d) s; "
                    + "validation: (\\d+) violations, (\\d+) warnings, (\\d+) infos; "
                    + "changes: (\\d+) extracted, (\\d+) rewritten, (\\d+) dropped");

    @TempDir Path tmp;

    private static long count(NoteStore store, Node type) {
        return store.read(d -> (long) d.getUnionGraph().find(Node.ANY, RDF.type.asNode(), type).toList().size());
    }

    private static int fixtureNoteCount() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.NOTES)) {
            return (int) s.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    @Test
    void brokenNotesAreReportedWithFileAndLineAndTheOthersAreBuilt() throws IOException {
        Path notes = tmp.resolve("notes");
        Fixtures.copyTree(Fixtures.NOTES, notes);
        Files.createDirectories(notes.resolve("broken"));
        // invalid UTF-8 (a lone continuation byte after valid text) on line 4
        byte[] head = "# Latin-1 note\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n- caf".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 3];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xE9; // "café" in Latin-1
        bad[head.length + 1] = '\n';
        bad[head.length + 2] = '\n';
        Files.write(notes.resolve("broken/latin1.md"), bad);
        // a binary file that happens to end in .md
        Files.write(notes.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        // not a note at all: ignored, not reported
        Files.write(notes.resolve("figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        Diagnostics diagnostics = new Diagnostics();
        BuildReport report = new Builder().build(BuildOptions.of(List.of(notes), tmp.resolve("db")), diagnostics, Builder.Progress.NONE);

        int good = fixtureNoteCount();
        assertThat(report.notesFound()).isEqualTo(good + 2);
        assertThat(report.notesBuilt()).isEqualTo(good);
        List<Diagnostic> errors = report.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        assertThat(errors).extracting(Diagnostic::file).containsExactlyInAnyOrder("broken/latin1.md", "binary.md");
        Diagnostic utf8 = errors.stream().filter(d -> d.file().equals("broken/latin1.md")).findFirst().orElseThrow();
        assertThat(utf8.line()).isEqualTo(4);
        assertThat(utf8.message()).contains("UTF-8");
        assertThat(utf8.format()).startsWith("broken/latin1.md:4: error: ");
        Diagnostic binary = errors.stream().filter(d -> d.file().equals("binary.md")).findFirst().orElseThrow();
        assertThat(binary.message()).contains("binary");
        assertThat(report.diagnostics()).noneMatch(d -> d.file().contains("figure.png"));

        try (NoteStore store = Stores.openExisting(tmp.resolve("db"))) {
            IriMinter m = new IriMinter(null);
            Set<String> names = store.graphNames();
            try (Stream<Path> s = Files.list(Fixtures.NOTES)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                    assertThat(names).contains(m.note(p.getFileName().toString()));
                }
            }
            assertThat(names).doesNotContain(m.note("broken/latin1.md"), m.note("binary.md"));
            assertThat(names).hasSize(good + 4); // notes + entities + ontology + vocabulary + build
            assertThat(report.mentions()).isEqualTo(count(store, NG.PaperMention)).isGreaterThan(70);
            assertThat(report.papers()).isEqualTo(count(store, NG.Paper)).isGreaterThan(35);
            assertThat(report.quads()).isEqualTo(store.quadCount());
        }

        Matcher s = SUMMARY.matcher(report.summary());
        assertThat(s.matches()).as("summary: %s", report.summary()).isTrue();
        assertThat(Integer.parseInt(s.group(1))).as("notes found").isEqualTo(good + 2);
        assertThat(Integer.parseInt(s.group(2))).isEqualTo(2);
        assertThat(Integer.parseInt(s.group(3))).isEqualTo(report.papers());
        assertThat(Integer.parseInt(s.group(4))).isEqualTo(report.mentions());
        assertThat(Long.parseLong(s.group(5))).isEqualTo(report.quads());
        assertThat(Double.parseDouble(s.group(6))).isGreaterThanOrEqualTo(0.0)
                .isCloseTo(report.seconds(), org.assertj.core.data.Offset.offset(0.051));
        assertThat(Long.parseLong(s.group(7))).isEqualTo(report.validation().violations());
    }

    @Test
    void examplesBuildCompletelyAndValidate() {
        BuildReport report = Fixtures.build(tmp.resolve("db"), Fixtures.EXAMPLES);

        assertThat(report.notesFound()).isEqualTo(7);
        assertThat(report.notesBuilt()).isEqualTo(7);
        assertThat(report.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        assertThat(report.validation().conforms()).as(report.validation().results().toString()).isTrue();
        assertThat(report.mentions()).isGreaterThan(report.papers()).isGreaterThan(35);
        try (NoteStore store = Stores.openExisting(tmp.resolve("db"))) {
            assertThat(count(store, NG.Note)).isEqualTo(7);
            assertThat(store.graphNames()).contains(new IriMinter(null).note("awesome-generalization.markdown"),
                    new IriMinter(null).note("vault/Deep SAD.md"));
        }
    }

    @Test
    void aBuiltStoreHasNoBlankNodesAnywhere() {
        Fixtures.build(tmp.resolve("db"), Fixtures.EXAMPLES, Fixtures.NOTES);
        try (NoteStore store = Stores.openExisting(tmp.resolve("db"))) {
            long blanks = store.read(d -> d.stream().filter(q -> q.getSubject().isBlank() || q.getObject().isBlank()
                    || q.getGraph().isBlank()).count());
            assertThat(blanks).isZero();
            assertThat(store.quadCount()).isGreaterThan(5000);
        }
    }

    @Test
    void theBaseOptionPrefixesEveryInstanceIri() {
        String base = "http://kg.example.org/mine/";
        Fixtures.build(tmp.resolve("db"), base, Fixtures.EXAMPLES);
        try (NoteStore store = Stores.openExisting(tmp.resolve("db"))) {
            assertThat(store.graphNames()).allMatch(g -> g.startsWith(base)).contains(base + "graph/entities", base + "note/nas-notes.md");
            long foreign = store.read(d -> d.getUnionGraph().find(Node.ANY, RDF.type.asNode(), NG.Paper).toList().stream()
                    .filter(t -> !t.getSubject().getURI().startsWith(base + "paper/")).count());
            assertThat(foreign).isZero();
            long oldBase = store.read(d -> d.stream().filter(q -> q.getSubject().isURI()
                    && q.getSubject().getURI().startsWith(Namespaces.DEFAULT_BASE)).count());
            assertThat(oldBase).isZero();
        }
    }

    @Test
    void aMissingInputIsReportedAndTheRestIsBuilt() {
        Path missing = tmp.resolve("no-such-folder");
        BuildReport report = new Builder().build(BuildOptions.of(List.of(Fixtures.EXAMPLES, missing), tmp.resolve("db")),
                new Diagnostics(), Builder.Progress.NONE);
        assertThat(report.notesBuilt()).isEqualTo(7);
        assertThat(report.diagnostics()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR
                && d.file().equals(missing.toString()));
    }
}
