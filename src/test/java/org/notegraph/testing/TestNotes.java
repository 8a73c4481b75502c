package org.notegraph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.NoteExtractor;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.extract.papers.PaperIds;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.semantics.Endpoint;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.ParsedNote;

/** Test helper: reads a fixture note or a Markdown string the way a build does, and extracts it. */
public final class TestNotes {
    public static final Path FIXTURES = Path.of("src/test/resources/notes");

    private static final NoteParser PARSER = new NoteParser();
    private static final NoteExtractor EXTRACTOR = NoteExtractor.defaults();

    private TestNotes() {}

    /** Reads, parses and extracts {@code src/test/resources/notes/<name>}; fails on any diagnostic. */
    public static ExtractedNote fixture(String name) {
        return file(FIXTURES.resolve(name), name);
    }

    public static ExtractedNote file(Path path, String relativePath) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedNote parsed = PARSER.read(new NoteFile(path, relativePath), diagnostics).orElseThrow(
                () -> new AssertionError("not parsed: " + diagnostics.all()));
        ExtractedNote note = EXTRACTOR.extract(parsed, diagnostics);
        assertThat(diagnostics.all()).as("diagnostics for " + relativePath).isEmpty();
        return note;
    }

    public static ParsedNote parse(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedNote parsed = PARSER.parse(new NoteFile(Path.of("note.md"), "note.md"), markdown, "0".repeat(64), diagnostics)
                .orElseThrow(() -> new AssertionError("not parsed: " + diagnostics.all()));
        assertThat(diagnostics.all()).as("diagnostics").isEmpty();
        return parsed;
    }

    /** Extracts a note given as Markdown text (file name {@code note.md}). */
    public static ExtractedNote markdown(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        ExtractedNote note = EXTRACTOR.extract(parse(markdown), diagnostics);
        assertThat(diagnostics.all()).as("diagnostics").isEmpty();
        return note;
    }

    public static List<PaperMention> mentions(String markdown) {
        return markdown(markdown).papers();
    }

    /** The one mention starting on a line. */
    public static PaperMention onLine(List<PaperMention> mentions, int line) {
        List<PaperMention> here = mentions.stream().filter(m -> m.span().line() == line).toList();
        assertThat(here).as("mentions on line " + line).hasSize(1);
        return here.get(0);
    }

    /** The {@code ordinal}-th mention on a line (1-based). */
    public static PaperMention onLine(List<PaperMention> mentions, int line, int ordinal) {
        List<PaperMention> here = mentions.stream().filter(m -> m.span().line() == line && m.ordinal() == ordinal).toList();
        assertThat(here).as("mention " + ordinal + " on line " + line).hasSize(1);
        return here.get(0);
    }

    /** Identifiers from {@code scheme:id} keys, e.g. {@code ids("arxiv:1706.03762", "acl:N19-1423")}. */
    public static PaperIds ids(String... keys) {
        PaperIds ids = PaperIds.NONE;
        for (String k : keys) {
            int colon = k.indexOf(':');
            ids = ids.with(IdScheme.named(k.substring(0, colon)).orElseThrow(), k.substring(colon + 1));
        }
        return ids;
    }

    /** What EXPECTED.md tables state for each mention: line, title (null when empty) and identifiers. */
    public record Row(int line, String title, PaperIds ids) {
        @Override
        public String toString() { return line + " | " + title + " | " + ids.keys(); }
    }

    public static Row row(int line, String title, String... idKeys) { return new Row(line, title, ids(idKeys)); }

    public static List<Row> rows(ExtractedNote note) {
        List<Row> rows = new ArrayList<>();
        for (PaperMention m : note.papers()) rows.add(new Row(m.span().line(), m.title(), m.ids()));
        return rows;
    }

    /**
     * A relation end as the relation tests write it: the text the note wrote, else the paper's title
     * (or URL), the concept's label, the new method's name, "claim: …", "cited: …" or the link target.
     */
    public static String endLabel(ExtractedNote note, Endpoint e, String written) {
        if (written != null) return written;
        if (e instanceof Endpoint.Paper p) {
            PaperMention m = note.papers().get(p.mentionIndex());
            return m.title() != null ? m.title() : m.url();
        }
        if (e instanceof Endpoint.Known k) return k.concept().prefLabel();
        if (e instanceof Endpoint.Named n) return n.name();
        if (e instanceof Endpoint.Claim c) return "claim: " + note.semantics().claims().get(c.claimIndex()).text();
        if (e instanceof Endpoint.Cited c) return "cited: " + c.text();
        return ((Endpoint.Link) e).target();
    }
}
