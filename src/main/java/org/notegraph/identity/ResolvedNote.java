package org.notegraph.identity;

import java.util.List;
import org.notegraph.extract.ExtractedNote;

/** One note's extraction with its IRI and its resolved mentions and markup, ready to map to the note's graph. */
public record ResolvedNote(ExtractedNote note, String iri, List<ResolvedMention> mentions, ResolvedSemantics semantics,
                           ResolvedMarkup markup) {
    public ResolvedNote {
        mentions = List.copyOf(mentions);
        semantics = semantics == null ? ResolvedSemantics.NONE : semantics;
        markup = markup == null ? ResolvedMarkup.NONE : markup;
    }

    public ResolvedNote(ExtractedNote note, String iri, List<ResolvedMention> mentions, ResolvedSemantics semantics) {
        this(note, iri, mentions, semantics, ResolvedMarkup.NONE);
    }

    public ResolvedNote(ExtractedNote note, String iri, List<ResolvedMention> mentions) {
        this(note, iri, mentions, ResolvedSemantics.NONE, ResolvedMarkup.NONE);
    }
}
