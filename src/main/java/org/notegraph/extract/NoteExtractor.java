package org.notegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.ParsedNote;

/** Reads everything the graph needs from one parsed note: its metadata and its paper mentions. */
public final class NoteExtractor {
    private final PaperExtractor papers;
    private final SemanticExtractor semantics;

    public NoteExtractor(PaperExtractor papers, SemanticExtractor semantics) {
        this.papers = papers;
        this.semantics = semantics;
    }

    public static NoteExtractor defaults() { return new NoteExtractor(PaperExtractor.defaults(), SemanticExtractor.defaults()); }

    public ExtractedNote extract(ParsedNote note, Diagnostics diagnostics) {
        List<PaperMention> mentions;
        try {
            mentions = papers.extract(note);
        } catch (StackOverflowError e) {
            diagnostics.error(note.relativePath(), 0, "note nested too deeply to read its papers; no mentions taken");
            mentions = List.of();
        }
        SemanticMentions semantic;
        try {
            semantic = semantics.extract(note, mentions);
        } catch (StackOverflowError | RuntimeException e) {
            diagnostics.error(note.relativePath(), 0, "cannot read concepts and relations (" + e + "); papers kept");
            semantic = SemanticMentions.NONE;
        }
        String title = note.frontMatter().title().orElseGet(() -> firstHeading(note));
        List<String> tags = new ArrayList<>(note.frontMatter().tags());
        return new ExtractedNote(note.relativePath(), note.sha256(), title,
                note.frontMatter().date().orElse(null), tags, note.lines().lineCount(), mentions, semantic);
    }

    private static String firstHeading(ParsedNote note) {
        for (var n = note.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                String t = LinkCollector.headingText(h);
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }
}
