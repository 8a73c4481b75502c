package org.notegraph.identity;

import java.util.List;
import org.notegraph.extract.markup.NoteField;
import org.notegraph.extract.markup.WikiLink;

/**
 * A note's markup with IRIs: the tags it carries and every tag they are nested in (a SKOS
 * hierarchy in {@code tagScheme}), its wikilinks with what each points to, and its fields without a meaning of their own.
 */
public record ResolvedMarkup(String tagScheme, List<String> noteTags, List<Tag> tags, List<Link> links, List<Field> fields) {
    public static final ResolvedMarkup NONE = new ResolvedMarkup(null, List.of(), List.of(), List.of(), List.of());

    public ResolvedMarkup {
        noteTags = List.copyOf(noteTags);
        tags = List.copyOf(tags);
        links = List.copyOf(links);
        fields = List.copyOf(fields);
    }

    /** A tag as a concept: its path in lower case ("ml/optimisation"), its last segment, and the tag it is nested in. */
    public record Tag(String iri, String path, String label, String broaderIri) {}

    /** What a wikilink points to; {@code targetIri} is null for a link nothing answers or a link to a file. */
    public record Link(String iri, WikiLink link, String targetIri, Target target) {}

    /** What a wikilink's target turned out to be. */
    public enum Target { NOTE, PAPER, CONCEPT, ATTACHMENT, DANGLING }

    public record Field(String iri, NoteField field) {}
}
