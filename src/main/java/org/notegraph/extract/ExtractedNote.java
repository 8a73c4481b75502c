package org.notegraph.extract;

import java.util.List;
import org.notegraph.extract.markup.NoteMarkup;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.semantics.SemanticMentions;

/**
 * Everything extraction read from one note: its metadata, its paper mentions, its concepts, claims
 * and relations, and its tags, wikilinks and other fields.
 */
public record ExtractedNote(String path, String sha256, String title, String date, List<String> tags,
                            int lineCount, List<PaperMention> papers, SemanticMentions semantics,
                            NoteMarkup markup) implements java.io.Serializable {
    public ExtractedNote {
        tags = List.copyOf(tags);
        papers = List.copyOf(papers);
        semantics = semantics == null ? SemanticMentions.NONE : semantics;
        markup = markup == null ? NoteMarkup.NONE : markup;
    }

    /** A note read for its papers, concepts and relations, without its markup. */
    public ExtractedNote(String path, String sha256, String title, String date, List<String> tags,
                         int lineCount, List<PaperMention> papers, SemanticMentions semantics) {
        this(path, sha256, title, date, tags, lineCount, papers, semantics, NoteMarkup.NONE);
    }

    /** A note read for its papers only. */
    public ExtractedNote(String path, String sha256, String title, String date, List<String> tags,
                         int lineCount, List<PaperMention> papers) {
        this(path, sha256, title, date, tags, lineCount, papers, SemanticMentions.NONE, NoteMarkup.NONE);
    }
}
