package org.notegraph.extract;

import org.notegraph.notes.ParsedNote;
import org.notegraph.records.NoteRecords;

/**
 * Fills what a mention's record states about its paper and the mention does not have yet: the
 * title, authors, venue and year from table columns, venue tags, author lines (a sub-item, a line
 * of the record, a {@code <br>} line, a nested quote) and leading author lists.
 */
final class RecordFields {
    private final LinkTextRules texts;

    RecordFields(LinkTextRules texts) {
        this.texts = texts;
    }

    void fill(PaperDraft d, ParsedNote note, NoteRecords records) {
    }
}
