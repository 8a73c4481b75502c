package org.notegraph.identity;

import java.util.List;
import org.notegraph.extract.papers.PaperMention;

/**
 * A paper mention with the IRIs resolution gave it: its own, its paper's, its authors' and its
 * venue's, plus the identity keys (normalised identifiers, title, URL) that tied it to its paper.
 */
public record ResolvedMention(PaperMention mention, String iri, String paperIri, List<String> identityKeys,
                              List<String> personIris, String venueIri) {
    public ResolvedMention {
        identityKeys = List.copyOf(identityKeys);
        personIris = List.copyOf(personIris);
    }
}
