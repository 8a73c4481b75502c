package org.notegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;

class NoteParserTest {
    private static final Path FIXTURES = Path.of("src/test/resources/notes");

    private final NoteParser parser = new NoteParser();

    private Optional<ParsedNote> parse(String text, Diagnostics d) {
        return parser.parse(new NoteFile(Path.of("n.md"), "n.md"), text, "hash", d);
    }

    private Optional<ParsedNote> readFixture(String name, Diagnostics d) {
        return parser.read(new NoteFile(FIXTURES.resolve(name), name), d);
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node n : root.getDescendants()) if (type.isInstance(n)) out.add(type.cast(n));
        return out;
    }

    @Test
    void readsANoteWithItsPathHashAndFrontMatter() {
        Diagnostics d = new Diagnostics();

        ParsedNote note = readFixture("front-matter.md", d).orElseThrow();

        assertThat(note.relativePath()).isEqualTo("front-matter.md");
        assertThat(note.sha256()).matches("[0-9a-f]{64}");
        assertThat(note.frontMatter().title()).contains("Rethinking the Value of Network Pruning");
        assertThat(note.frontMatter().string("arxiv")).contains("1810.05270");
        assertThat(note.frontMatter().tags()).containsExactly("paper", "pruning");
        assertThat(note.frontMatter().date()).contains("2024-02-03");
        assertThat(d.all()).isEmpty();
    }

    @Test
    void blanksFrontMatterSoLinesAndOffsetsAreTheFilesOwn() throws Exception {
        String file = Files.readString(FIXTURES.resolve("front-matter.md"));

        ParsedNote note = readFixture("front-matter.md", new Diagnostics()).orElseThrow();

        assertThat(note.text()).hasSameSizeAs(file);
        assertThat(note.text().lines().count()).isEqualTo(file.lines().count());
        assertThat(note.text().substring(0, file.indexOf("# Rethinking"))).isBlank();
        assertThat(note.text().indexOf("# Rethinking")).isEqualTo(file.indexOf("# Rethinking"));
        assertThat(note.text().substring(file.indexOf("# Rethinking"))).isEqualTo(file.substring(file.indexOf("# Rethinking")));
        Heading h1 = all(note.document(), Heading.class).get(0);
        assertThat(note.lines().lineOf(h1.getStartOffset())).isEqualTo(17);
    }

    @Test
    void doesNotReadFrontMatterAsASetextHeading() {
        ParsedNote note = parse("---\ntitle: Hidden\n---\n\n# Visible\n", new Diagnostics()).orElseThrow();

        List<Heading> headings = all(note.document(), Heading.class);
        assertThat(headings).singleElement().satisfies(h -> assertThat(h.getText().toString()).isEqualTo("Visible"));
        assertThat(note.lines().lineOf(headings.get(0).getStartOffset())).isEqualTo(5);
    }

    @Test
    void readsFrontMatterBehindAByteOrderMark() {
        Diagnostics d = new Diagnostics();

        ParsedNote note = readFixture("bom.md", d).orElseThrow();

        assertThat(note.frontMatter().title()).contains("Reading notes, week 12");
        assertThat(note.frontMatter().date()).contains("2024-03-21");
        assertThat(note.frontMatter().tags()).containsExactly("reading");
        assertThat(all(note.document(), Reference.class)).as("tags line read as a link reference").isEmpty();
        List<Link> links = all(note.document(), Link.class);
        assertThat(links).hasSize(2);
        assertThat(note.lines().lineOf(links.get(0).getStartOffset())).isEqualTo(9);
        assertThat(d.all()).isEmpty();
    }

    @Test
    void readsCrLfNotesWithTheLinesOfAnLfCopy() throws Exception {
        String lf = Files.readString(FIXTURES.resolve("crlf.md")).replace("\r\n", "\n");

        ParsedNote note = readFixture("crlf.md", new Diagnostics()).orElseThrow();

        assertThat(note.text()).doesNotContain("\r");
        assertThat(note.frontMatter().title()).contains("Notes written on Windows");
        assertThat(note.frontMatter().date()).contains("2024-03-01");
        int at = note.text().indexOf("Reference:");
        assertThat(at).isEqualTo(lf.indexOf("Reference:"));
        assertThat(note.lines().lineOf(at)).isEqualTo(21);
    }

    @Test
    void warnsAboutMalformedFrontMatterAndStillParsesTheNote() {
        Diagnostics d = new Diagnostics();

        Optional<ParsedNote> note = parse("---\ntitle: ok\nfoo: bar: baz\n---\n# Body\n", d);

        assertThat(note).isPresent();
        assertThat(note.get().frontMatter().isEmpty()).isTrue();
        assertThat(all(note.get().document(), Heading.class)).extracting(h -> h.getText().toString()).containsExactly("Body");
        assertThat(d.all()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(w.file()).isEqualTo("n.md");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).startsWith("malformed front matter");
        });
    }

    @Test
    void skipsANoteWithInvalidUtf8ReportingItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.md");
        byte[] head = "# Notes\n\nCaf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(file, bytes);
        Diagnostics d = new Diagnostics();

        Optional<ParsedNote> note = parser.read(new NoteFile(file, "bad.md"), d);

        assertThat(note).isEmpty();
        assertThat(d.all()).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(e.file()).isEqualTo("bad.md");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("invalid UTF-8").contains("note skipped");
        });
    }

    @Test
    void readingBytesFirstGivesTheSameNoteAndTheSameProblems(@TempDir Path dir) throws Exception {
        NoteFile good = new NoteFile(FIXTURES.resolve("front-matter.md"), "front-matter.md");
        byte[] bytes = parser.readBytes(good, new Diagnostics()).orElseThrow();
        Diagnostics d = new Diagnostics();

        ParsedNote note = parser.read(good, bytes, d).orElseThrow();

        assertThat(note.text()).isEqualTo(parser.read(good, new Diagnostics()).orElseThrow().text());
        assertThat(note.sha256()).isEqualTo(NoteReader.sha256(bytes));
        assertThat(d.all()).isEmpty();

        Diagnostics latin1 = new Diagnostics();
        assertThat(parser.read(new NoteFile(dir.resolve("x.md"), "x.md"), "a\nb\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), latin1)).isEmpty();
        assertThat(latin1.all()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("x.md");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("invalid UTF-8").endsWith("; note skipped");
        });

        Path big = dir.resolve("big.md");
        Files.writeString(big, "x".repeat(2048));
        Diagnostics tooLarge = new Diagnostics();
        assertThat(new NoteParser(new NoteReader(1024)).readBytes(new NoteFile(big, "big.md"), tooLarge)).isEmpty();
        assertThat(tooLarge.all()).singleElement().satisfies(e -> assertThat(e.message()).contains("limit of 1024").endsWith("; note skipped"));
    }

    @Test
    void skipsABinaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("image.md");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Diagnostics d = new Diagnostics();

        assertThat(parser.read(new NoteFile(file, "image.md"), d)).isEmpty();
        assertThat(d.errorCount()).isEqualTo(1);
        assertThat(d.all().get(0).message()).contains("binary");
    }

    @Test
    void skipsAnOversizedNoteNamingTheLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.md");
        Files.writeString(file, "x".repeat(2048));
        Diagnostics d = new Diagnostics();

        assertThat(new NoteParser(new NoteReader(1024)).read(new NoteFile(file, "big.md"), d)).isEmpty();
        assertThat(d.all()).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(e.message()).contains("limit of 1024");
        });
    }

    @Test
    void reportsAMissingFileAsAnError(@TempDir Path dir) {
        Diagnostics d = new Diagnostics();

        assertThat(parser.read(new NoteFile(dir.resolve("gone.md"), "gone.md"), d)).isEmpty();
        assertThat(d.all()).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(e.message()).startsWith("cannot read");
        });
    }

    @Test
    void warnsAboutBlankedControlCharacters(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ctl.md");
        Files.writeString(file, "# Title\u0007\n\nText\u001b here.\n");
        Diagnostics d = new Diagnostics();

        ParsedNote note = parser.read(new NoteFile(file, "ctl.md"), d).orElseThrow();

        assertThat(note.text()).isEqualTo("# Title \n\nText  here.\n");
        assertThat(d.all()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(w.message()).contains("control characters");
        });
    }

    @Test
    void survivesTenThousandNestedListLevels() {
        String nested = "- ".repeat(10_000) + "deep\n";
        Diagnostics d = new Diagnostics();

        Optional<ParsedNote> note = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(nested, d));

        if (note.isPresent()) {
            assertThat(d.errorCount()).isZero();
            assertThat(note.get().document().getChars().toString()).isEqualTo(nested);
        } else {
            assertThat(d.all()).singleElement().satisfies(e -> {
                assertThat(e.severity()).isEqualTo(Diagnostic.Severity.ERROR);
                assertThat(e.file()).isEqualTo("n.md");
                assertThat(e.message()).contains("nested too deeply").contains("note skipped");
            });
        }
    }

    @Test
    void survivesAThousandNestedListLevelsWrittenOnSeparateLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_000; i++) sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        Diagnostics d = new Diagnostics();

        Optional<ParsedNote> note = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(sb.toString(), d));

        assertParsedOrSkippedWithOneClearError(note, d);
    }

    @Test
    void parsesTenThousandNestedBlockQuotes() {
        String nested = ">".repeat(10_000) + " deep\n";
        Diagnostics d = new Diagnostics();

        Optional<ParsedNote> note = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(nested, d));

        assertThat(note).isPresent();
        assertThat(all(note.get().document(), BlockQuote.class)).hasSize(10_000);
        assertThat(d.all()).isEmpty();
    }

    @Test
    void survivesDeeplyNestedEmphasis() {
        String nested = "*".repeat(20_000) + "x" + "*".repeat(20_000) + "\n";
        Diagnostics d = new Diagnostics();

        Optional<ParsedNote> note = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(nested, d));

        assertParsedOrSkippedWithOneClearError(note, d);
    }

    private static void assertParsedOrSkippedWithOneClearError(Optional<ParsedNote> note, Diagnostics d) {
        if (note.isPresent()) {
            assertThat(d.all()).isEmpty();
            assertThat(note.get().document().hasChildren()).isTrue();
        } else {
            assertThat(d.all()).singleElement().satisfies(e -> {
                assertThat(e.severity()).isEqualTo(Diagnostic.Severity.ERROR);
                assertThat(e.message()).contains("nested too deeply").contains("note skipped");
            });
        }
    }

    @Test
    void canBeSharedBetweenThreads() throws Exception {
        String text = Files.readString(FIXTURES.resolve("identifiers.md"));
        List<Thread> threads = new ArrayList<>();
        List<Integer> counts = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 20; j++) {
                    ParsedNote n = parse(text, new Diagnostics()).orElseThrow();
                    counts.add(all(n.document(), Link.class).size());
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();

        assertThat(counts).hasSize(160).containsOnly(28);
    }
}
