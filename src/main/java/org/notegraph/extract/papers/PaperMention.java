package org.notegraph.extract.papers;

import java.util.List;
import org.notegraph.extract.text.SourceSpan;

/**
 * One place where a note mentions a paper, with everything the note states about it there.
 *
 * @param span      the first paper link (offsets) and the item or section it stands in (lines)
 * @param ordinal   1-based position among the note's mentions on the same line
 * @param rule      the extraction rule that produced it
 * @param title     the title as written, or null when the note does not state one
 * @param quote     the source text of the link, as written
 * @param authors   author names in order, as written ("et al." removed)
 * @param authorsAsWritten the author list as the note writes it ("Ye et al.", "A; B")
 * @param topic     heading path of the section the mention is in
 * @param body      the note's own text about the paper (the item or section)
 */
public record PaperMention(SourceSpan span, int ordinal, String rule, String title, String linkText,
                           String url, String quote, PaperIds ids, List<String> authors,
                           String authorsAsWritten, Venue venue, Integer year, String topic,
                           String body, List<String> codeLinks, List<String> datasetLinks) implements java.io.Serializable {
    public PaperMention {
        authors = List.copyOf(authors);
        codeLinks = List.copyOf(codeLinks);
        datasetLinks = List.copyOf(datasetLinks);
    }
}
