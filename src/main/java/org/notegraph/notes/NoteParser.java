package org.notegraph.notes;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.notegraph.diag.Diagnostics;

/**
 * Reads and parses notes. Holds one flexmark parser (with only the tables and footnotes extensions: bare URLs are
 * found by our own rules, which is much faster than flexmark's autolink extension) and is safe to
 * share between threads. Problems are reported to {@link Diagnostics} with file and line; a note that
 * cannot be read yields nothing and the build goes on.
 */
public final class NoteParser {
    private final Parser parser;
    private final NoteReader reader;
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();

    public NoteParser() { this(new NoteReader()); }

    public NoteParser(NoteReader reader) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        // flexmark adds its link reference definition pre-processor only with its own inline parser
        this.parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        this.reader = reader;
    }

    public Optional<ParsedNote> read(NoteFile file, Diagnostics diagnostics) {
        return readBytes(file, diagnostics).flatMap(bytes -> read(file, bytes, diagnostics));
    }

    /**
     * The note's raw bytes, for a caller that needs them before parsing (a content hash, say), to hand
     * to {@link #read(NoteFile, byte[], Diagnostics)}; nothing, with the problem reported, when the
     * file cannot be read or is over the size limit.
     */
    public Optional<byte[]> readBytes(NoteFile file, Diagnostics diagnostics) {
        try {
            return Optional.of(reader.readBytes(file.path()));
        } catch (NoteReadException e) {
            skipped(file, e, diagnostics);
        } catch (IOException e) {
            diagnostics.error(file.relativePath(), 0, "cannot read: " + e.getMessage() + "; note skipped");
        }
        return Optional.empty();
    }

    /**
     * Decodes and parses the bytes of a note already read (see {@link #readBytes}); nothing, with the
     * problem and its line reported, when they are binary or not UTF-8.
     */
    public Optional<ParsedNote> read(NoteFile file, byte[] bytes, Diagnostics diagnostics) {
        NoteReader.NoteText noteText;
        try {
            noteText = reader.decode(bytes);
        } catch (NoteReadException e) {
            skipped(file, e, diagnostics);
            return Optional.empty();
        }
        return parse(file, noteText, diagnostics);
    }

    private static void skipped(NoteFile file, NoteReadException e, Diagnostics diagnostics) {
        diagnostics.error(file.relativePath(), e.line(), e.getMessage() + "; note skipped");
    }

    /** Parses a note already read and decoded. */
    public Optional<ParsedNote> parse(NoteFile file, NoteReader.NoteText noteText, Diagnostics diagnostics) {
        if (noteText.hadControlCharacters()) {
            diagnostics.warning(file.relativePath(), noteText.controlLine(), "control characters (or Unicode non-characters) replaced by spaces");
        }
        if (noteText.marksLine() > 0) {
            diagnostics.warning(file.relativePath(), noteText.marksLine(), "more than " + NoteReader.MAX_MARKS_IN_A_ROW
                    + " combining marks in a row; the rest replaced by spaces");
        }
        return parse(file, noteText.text(), noteText.sha256(), diagnostics);
    }

    /** Parses text already read; used by {@link #read(NoteFile, byte[], Diagnostics)} and by tests. */
    public Optional<ParsedNote> parse(NoteFile file, String text, String sha256, Diagnostics diagnostics) {
        String where = file.relativePath();
        FrontMatterParser.Block block = frontMatterParser.locate(text);
        FrontMatterParser.Result fm = frontMatterParser.parse(block);
        if (fm.problem() != null) diagnostics.warning(where, fm.problemLine(), fm.problem());
        String body = block.yaml() == null ? text : blank(text, block.end());
        try {
            Document document = parser.parse(body);
            return Optional.of(new ParsedNote(file, body, sha256, fm.frontMatter(), document, new LineIndex(body)));
        } catch (StackOverflowError e) {
            diagnostics.error(where, 0, "Markdown nested too deeply to parse; note skipped");
        } catch (RuntimeException e) {
            diagnostics.error(where, 0, "cannot parse Markdown (" + e + "); note skipped");
        }
        return Optional.empty();
    }

    /** Replaces the first {@code end} characters by spaces, keeping line breaks. */
    private static String blank(String text, int end) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < end; i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
        return sb.toString();
    }
}
