package org.notegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.notegraph.notes.FrontMatter;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;

/**
 * Papers a note names without a paper link, found by the evidence a record carries: front matter
 * that describes one paper, a reference entry or item that reads as a citation, an identifier
 * written in the text, an emphasised title, a title cell, an item of a list whose items are papers,
 * a note whose title is its paper's.
 */
final class UnlinkedPapers {
    private final UrlRules urls;
    private final LinkTextRules texts;
    private final VenueRules venues;

    UnlinkedPapers(UrlRules urls, LinkTextRules texts, VenueRules venues) {
        this.urls = urls;
        this.texts = texts;
        this.venues = venues;
    }

    List<PaperDraft> find(ParsedNote note, NoteRecords records, Map<NoteRecord, List<PaperDraft>> linked, int order) {
        List<PaperDraft> out = new ArrayList<>();
        for (NoteRecord r : records.all()) {
            if (r.kind() == RecordKind.FRONT_MATTER) frontMatter(note, r, order + out.size()).ifPresent(out::add);
        }
        return out;
    }

    /** A one-paper-per-note vault: front matter with an identifier describes the note's own paper. */
    private java.util.Optional<PaperDraft> frontMatter(ParsedNote note, NoteRecord r, int order) {
        FrontMatter fm = note.frontMatter();
        if (fm.isEmpty()) return java.util.Optional.empty();
        PaperIds ids = PaperIds.NONE;
        for (String scheme : List.of(Identifiers.ARXIV, Identifiers.DOI, Identifiers.OPENREVIEW, Identifiers.ACL)) {
            ids = ids.with(scheme, fm.string(scheme).map(v -> Identifiers.normalise(scheme, v)).orElse(null));
        }
        String url = fm.string("url").orElse(fm.string("paper").orElse(null));
        if (url != null) {
            UrlRules.Match m = urls.classify(url);
            if (m.kind() != LinkKind.PAPER) url = null; else ids = ids.with(m.scheme(), m.id());
        }
        if (ids.isEmpty() && url == null) return java.util.Optional.empty();
        PaperDraft d = PaperDraft.unlinked(r, "front-matter", order, 0, 0);
        d.ids = ids;
        d.url = url;
        List<String> authors = fm.authors();
        if (!authors.isEmpty()) d.setAuthors(authors, String.join("; ", authors));
        d.venue = fm.string("venue").flatMap(venues::parseStated).orElse(null);
        d.year = fm.string("year").filter(y -> y.matches("\\d{4}")).map(Integer::parseInt)
                .orElse(d.venue == null ? null : d.venue.year());
        d.title = fm.title().map(TitleRules::clean).orElse(null);
        return java.util.Optional.of(d);
    }
}
