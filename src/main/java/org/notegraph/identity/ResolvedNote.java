package org.notegraph.identity;

import java.util.List;
import org.notegraph.extract.ExtractedNote;

/** One note's extraction with its IRI and its resolved mentions, ready to map to the note's graph. */
public record ResolvedNote(ExtractedNote note, String iri, List<ResolvedMention> mentions, ResolvedSemantics semantics) {
    public ResolvedNote {
        mentions = List.copyOf(mentions);
        semantics = semantics == null ? ResolvedSemantics.NONE : semantics;
    }

    public ResolvedNote(ExtractedNote note, String iri, List<ResolvedMention> mentions) {
        this(note, iri, mentions, ResolvedSemantics.NONE);
    }
}
