package org.notegraph.extract.markup;

import java.io.Serializable;
import java.util.List;

/**
 * A note's tags, wikilinks, the other names it goes by (front-matter {@code aliases}, which
 * wikilinks may use) and its fields without a meaning of their own, in the order the note writes them.
 */
public record NoteMarkup(List<NoteTag> tags, List<WikiLink> links, List<String> aliases, List<NoteField> fields)
        implements Serializable {
    public static final NoteMarkup NONE = new NoteMarkup(List.of(), List.of(), List.of(), List.of());

    public NoteMarkup {
        tags = List.copyOf(tags);
        links = List.copyOf(links);
        aliases = List.copyOf(aliases);
        fields = List.copyOf(fields);
    }
}
