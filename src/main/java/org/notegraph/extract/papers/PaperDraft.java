package org.notegraph.extract.papers;

import org.notegraph.extract.text.LinkOccurrence;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.notegraph.records.NoteRecord;

/**
 * A paper mention while it is being assembled: the record it stands in, the links that point to it
 * (none for a paper the note names without a link), where the mention is anchored in the text, and
 * the fields read so far.
 */
final class PaperDraft {
    NoteRecord record;
    Node unit;
    final LinkOccurrence first;
    final List<LinkOccurrence> links = new ArrayList<>();
    final List<String> code = new ArrayList<>();
    final List<String> datasets = new ArrayList<>();
    final List<String> urlKeys = new ArrayList<>();
    final int order;
    PaperIds ids = PaperIds.NONE;
    String rule;
    String title;
    /** Where the title was read from, when it came from the record's text: fields are not read inside it. */
    int titleStart = -1;
    int titleEnd = -1;
    List<String> authors = List.of();
    String authorsAsWritten;
    Venue venue;
    Integer year;
    /** The mention's anchor: its first link, or the text that names the paper. */
    int anchorStart;
    int anchorEnd;
    String url;
    /** Which line of a multi-line record (a cell split by {@code <br>}) the mention is on, or -1. */
    int lineInRecord = -1;

    PaperDraft(NoteRecord record, LinkOccurrence first, String rule, int order) {
        this.order = order;
        this.record = record;
        this.first = first;
        this.unit = record.node() != null ? record.node() : first == null ? null : first.node();
        this.rule = rule;
        if (first != null) {
            anchorStart = first.start();
            anchorEnd = first.end();
            url = first.url().strip();
        }
    }

    /** A mention read from text, without a link. */
    static PaperDraft unlinked(NoteRecord record, String rule, int order, int anchorStart, int anchorEnd) {
        PaperDraft d = new PaperDraft(record, null, rule, order);
        d.anchorStart = anchorStart;
        d.anchorEnd = Math.max(anchorStart, anchorEnd);
        return d;
    }

    boolean linked() { return first != null; }

    boolean sameAs(PaperIds otherIds, String urlKey) {
        return ids.sharesAny(otherIds) || urlKeys.contains(urlKey);
    }

    void setAuthors(List<String> names, String asWritten) {
        authors = List.copyOf(names);
        authorsAsWritten = asWritten;
    }

    boolean hasAuthors() { return authorsAsWritten != null; }
}
