package org.notegraph.extract;

import java.util.List;

/** Everything extraction read from one note: the note's own metadata and its paper mentions. */
public record ExtractedNote(String path, String sha256, String title, String date, List<String> tags,
                            int lineCount, List<PaperMention> papers) {
    public ExtractedNote {
        tags = List.copyOf(tags);
        papers = List.copyOf(papers);
    }
}
