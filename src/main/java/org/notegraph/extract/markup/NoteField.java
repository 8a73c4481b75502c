package org.notegraph.extract.markup;

import java.io.Serializable;

/**
 * A key and value a note states that notegraph has no meaning of its own for: a front-matter key
 * ({@code status: to-read}) or a Dataview field ({@code rating:: 4}). Kept so nothing a note says
 * is dropped; a list value gives one field per item, a nested map one per leaf ({@code a.b}).
 */
public record NoteField(String key, String value, int line, Source source) implements Serializable {
    /** Where the field was written. */
    public enum Source { FRONT_MATTER, DATAVIEW }
}
