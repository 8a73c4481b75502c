package org.notegraph.extract;

import java.util.List;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.semantics.SemanticMentions;

/** Everything extraction read from one note: its metadata, its paper mentions, and its concepts, claims and relations. */
public record ExtractedNote(String path, String sha256, String title, String date, List<String> tags,
                            int lineCount, List<PaperMention> papers, SemanticMentions semantics) implements java.io.Serializable {
    public ExtractedNote {
        tags = List.copyOf(tags);
        papers = List.copyOf(papers);
        semantics = semantics == null ? SemanticMentions.NONE : semantics;
    }

    /** A note read for its papers only. */
    public ExtractedNote(String path, String sha256, String title, String date, List<String> tags,
                         int lineCount, List<PaperMention> papers) {
        this(path, sha256, title, date, tags, lineCount, papers, SemanticMentions.NONE);
    }
}
