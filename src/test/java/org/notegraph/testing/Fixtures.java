package org.notegraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.NoteExtractor;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.extract.papers.PaperIds;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.papers.Venue;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.NoteReader;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.BuildReport;
import org.notegraph.pipeline.Builder;

/** Shared test fixtures: the note folders, the real read/extract pipeline, hand-made mentions, builds. */
public final class Fixtures {
    /** The focused unit-test notes (see EXPECTED.md there). */
    public static final Path NOTES = Path.of("src/test/resources/notes");
    /** The bundled example notes (see examples/EXPECTED.md). */
    public static final Path EXAMPLES = Path.of("examples/notes");
    /** Golden cases for the RDF mapping: {@code <case>.md}, {@code <case>.note.ttl}, {@code <case>.entities.ttl}. */
    public static final Path GOLDEN = Path.of("src/test/resources/golden");

    public static final String SHA_ZERO = "0".repeat(64);

    private static final NoteParser PARSER = new NoteParser();
    private static final NoteExtractor EXTRACTOR = NoteExtractor.defaults();

    private Fixtures() {}

    /** Reads and extracts one note file with the real parser and extractor; fails on any error diagnostic. */
    public static ExtractedNote extract(Path file, String relativePath) {
        Diagnostics d = new Diagnostics();
        Optional<ExtractedNote> note = PARSER.read(new NoteFile(file, relativePath), d).map(p -> EXTRACTOR.extract(p, d));
        if (note.isEmpty() || d.errorCount() > 0) throw new AssertionError("cannot extract " + file + ": " + d.all());
        return note.get();
    }

    /** Extracts Markdown text as if it were the note {@code relativePath}. */
    public static ExtractedNote extractText(String relativePath, String markdown) {
        Diagnostics d = new Diagnostics();
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        Optional<ExtractedNote> note = PARSER.parse(new NoteFile(Path.of(relativePath), relativePath), markdown,
                NoteReader.sha256(bytes), d).map(p -> EXTRACTOR.extract(p, d));
        if (note.isEmpty() || d.errorCount() > 0) throw new AssertionError("cannot extract " + relativePath + ": " + d.all());
        return note.get();
    }

    /** Every note under a folder (*.md, *.markdown), extracted, with paths relative to the folder. */
    public static List<ExtractedNote> extractFolder(Path folder) {
        List<ExtractedNote> notes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".md") && !name.endsWith(".markdown")) continue;
                notes.add(extract(f, folder.relativize(f).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notes;
    }

    /** Runs the real builder over the inputs into a store at {@code db}. */
    public static BuildReport build(Path db, Path... inputs) {
        return new Builder().build(BuildOptions.of(List.of(inputs), db), new Diagnostics(), Builder.Progress.NONE);
    }

    public static BuildReport build(Path db, String base, Path... inputs) {
        BuildOptions o = new BuildOptions(List.of(inputs), List.of(), base, db, 0, List.of(), null);
        return new Builder().build(o, new Diagnostics(), Builder.Progress.NONE);
    }

    /** Writes notes into a folder: pairs of relative path and Markdown text. */
    public static Path writeNotes(Path folder, String... pathsAndTexts) {
        try {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                Path f = folder.resolve(pathsAndTexts[i]);
                Files.createDirectories(f.getParent());
                Files.writeString(f, pathsAndTexts[i + 1], StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Copies a folder tree. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- hand-made mentions

    /** A list-item mention on its own line with the given title (may be null), identifiers and URL (may be null). */
    public static PaperMention mention(int line, String title, PaperIds ids, String url) {
        return new PaperMention(new SourceSpan(line * 100, line * 100 + 20, line, line), 1, "list-item-link", title,
                title, url, title == null ? "link" : title, ids, List.of(), null, null, null, null, null, List.of(), List.of());
    }

    public static PaperMention mention(int line, String title, PaperIds ids, String url, List<String> authors,
                                       Venue venue) {
        return new PaperMention(new SourceSpan(line * 100, line * 100 + 20, line, line), 1, "list-item-link", title,
                title, url, title == null ? "link" : title, ids, authors,
                authors.isEmpty() ? null : String.join("; ", authors), venue, venue == null ? null : venue.year(),
                null, null, List.of(), List.of());
    }

    public static ExtractedNote note(String path, PaperMention... mentions) {
        return new ExtractedNote(path, SHA_ZERO, null, null, List.of(), 100, List.of(mentions));
    }

    public static PaperIds arxiv(String id) { return PaperIds.NONE.with(IdScheme.ARXIV, id); }

    public static PaperIds openreview(String id) { return PaperIds.NONE.with(IdScheme.OPENREVIEW, id); }

    public static PaperIds doi(String id) { return PaperIds.NONE.with(IdScheme.DOI, id); }

    public static PaperIds acl(String id) { return PaperIds.NONE.with(IdScheme.ACL, id); }
}
