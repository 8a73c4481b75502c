package org.notegraph.extract.papers;

import org.notegraph.extract.text.LinkOccurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.papers.fields.Citation;
import org.notegraph.extract.papers.fields.Citations;
import org.notegraph.extract.papers.fields.NameList;
import org.notegraph.extract.papers.fields.PersonNames;
import org.notegraph.extract.papers.fields.TitleText;
import org.notegraph.extract.papers.fields.VenueTag;
import org.notegraph.extract.papers.fields.VenueTags;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.Cell;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;
import org.notegraph.records.Segment;

/**
 * Fills what a mention's record states about its paper and the mention does not have yet: the
 * title, authors, venue and year from table columns named by their headers, from a citation the
 * record reads as, from venue tags on the mention's line, from labelled lines ("Date: …"), and from
 * an author line (a line of the record, a sub-item or a nested quote). A field already read from the
 * link or an earlier rule is never overwritten.
 */
final class RecordFields {
    /** Labelled and author lines are short; a longer line is prose and is not read as one. */
    private static final int MAX_FIELD_LINE = 4000;
    /** How much of a very long line around a mention counts as the mention's line. */
    private static final int LINE_WINDOW_BEFORE = 200;
    private static final int LINE_WINDOW_AFTER = 400;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9]\\d|20\\d\\d)(?![0-9])");

    private final LinkTextRules texts;
    private final ColumnRoles columns;
    private final PersonNames names = PersonNames.defaults();
    private final VenueTags venueTags = VenueTags.defaults();
    private final Citations citations = Citations.defaults();
    private final TitleText titles = TitleText.defaults();

    RecordFields(LinkTextRules texts) {
        this.texts = texts;
        this.columns = ColumnRoles.defaults();
    }

    void fill(PaperDraft d, ParsedNote note, NoteRecords records) {
        if (d.rule.equals("front-matter")) return;
        String text = note.text();
        NoteRecord r = d.record;
        if (r.kind() == RecordKind.TABLE_ROW || r.kind() == RecordKind.HTML_TABLE_ROW) {
            tableRow(d, r, text);
        }
        linkTextVenue(d);
        if (r.kind() != RecordKind.HEADING) citation(d, r, text);
        venueOnLine(d, r, text);
        labelledLines(d, r, records, text);
        if (!d.hasAuthors()) authorLine(d, r, records, text);
    }

    // ---- tables

    private void tableRow(PaperDraft d, NoteRecord r, String text) {
        int lineIndex = lineInCell(d, r);
        for (Cell c : r.cells()) {
            ColumnRoles.Role role = columns.roleOf(c.header());
            if (role == null) continue;
            String value = cellLine(c, lineIndex, text);
            if (value.isBlank()) continue;
            switch (role) {
                case TITLE -> {
                    if (d.title == null || isVenueLabel(d.title) || texts.isGeneric(d.title)) {
                        String t = titles.clean(value);
                        if (!t.isEmpty() && !isVenueLabel(t)) {
                            d.title = t;
                            d.titleStart = c.start();
                            d.titleEnd = c.end();
                        }
                    }
                    if (d.venue == null) trailingVenue(d, value);
                }
                case AUTHORS -> {
                    if (!d.hasAuthors()) columnNames(plain(value)).ifPresent(n -> d.setAuthors(withoutEtAl(n), String.join("; ", n)));
                }
                case VENUE -> venueCell(d, value);
                case YEAR -> {
                    venueCell(d, value);
                    if (d.year == null) VenueTags.year(plain(value)).ifPresent(y -> d.year = y);
                }
                case DATE -> dateCell(d, value);
                case NOT_AUTHORS, LINKS -> { }
            }
        }
        if (d.venue == null) {
            for (Cell c : r.cells()) {
                if (columns.roleOf(c.header()) != null) continue;
                String value = plain(cellLine(c, lineIndex, text));
                Optional<VenueTag> v = venueTags.whole(value);
                if (v.isPresent() && v.get().hasVenue()) { setVenue(d, v.get()); break; }
            }
        }
    }

    /**
     * Names in a column its header says holds authors: read by shape as anywhere, or, since the header
     * vouches for them, any list of capitalised names of one to four words ("Zhonghui You").
     */
    private Optional<List<String>> columnNames(String value) {
        Optional<NameList> shaped = names.whole(value, true);
        if (shaped.isPresent()) return Optional.of(shaped.get().names());
        List<String> out = new ArrayList<>();
        for (String part : value.split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (!p.matches("(?:\\p{Lu}[\\p{L}'’.\\-]*)(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}(?:\\s+et\\.?\\s*al\\.?)?")) return Optional.empty();
            out.add(p);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** Which {@code <br>} line of its cell the mention's anchor is on, or 0. */
    private static int lineInCell(PaperDraft d, NoteRecord r) {
        if (d.lineInRecord >= 0) return d.lineInRecord;
        for (Cell c : r.cells()) {
            for (int i = 0; i < c.lines().size(); i++) {
                Segment s = c.lines().get(i);
                if (d.anchorStart >= s.start() && d.anchorStart < Math.max(s.end(), s.start() + 1)) return i;
            }
        }
        return 0;
    }

    /** The cell's line of the same index as the mention's, or the cell's only line. */
    private static String cellLine(Cell c, int lineIndex, String text) {
        if (c.lines().isEmpty()) return "";
        if (c.lines().size() == 1) return c.lines().get(0).of(text);
        return lineIndex < c.lines().size() ? c.lines().get(lineIndex).of(text) : "";
    }

    private void venueCell(PaperDraft d, String value) {
        if (d.venue != null) return;
        String p = plain(value);
        Optional<VenueTag> v = venueTags.whole(p).or(() -> venueTags.stated(p));
        v.filter(VenueTag::hasVenue).ifPresent(t -> setVenue(d, t));
        if (d.year == null) v.map(VenueTag::year).ifPresent(y -> d.year = y);
    }

    /**
     * A date column is a schedule's date ("March 3"), not the paper's, unless the cell names a venue
     * ("2020, ICLR 2021": preprint 2020, appeared at ICLR 2021) or is a year alone.
     */
    private void dateCell(PaperDraft d, String value) {
        String p = plain(value);
        for (VenueTag t : venueTags.find(p)) {
            if (t.hasVenue() && d.venue == null) {
                setVenue(d, t);
                return;
            }
        }
        if (d.year == null && YEAR.matcher(p).matches()) d.year = Integer.parseInt(p);
    }

    /** "[World Models](…) (NeurIPS 2018)": a venue tag after the title in a title cell. */
    private void trailingVenue(PaperDraft d, String value) {
        String withoutLinks = RecordText.LINK.matcher(value).replaceAll(" ");
        for (VenueTag t : venueTags.find(plain(withoutLinks))) {
            if (t.hasVenue()) { setVenue(d, t); return; }
            if (d.year == null && t.year() != null) d.year = t.year();
        }
    }

    // ---- links, citations, venue tags, labels, author lines

    /** A link whose text is a venue label ("[NeurIPS'22](…)") says where the paper appeared. */
    private void linkTextVenue(PaperDraft d) {
        if (d.venue != null) return;
        for (LinkOccurrence l : d.links) {
            Optional<VenueTag> v = venueTags.whole(l.text());
            if (v.isPresent() && v.get().hasVenue() && v.get().year() != null) {
                setVenue(d, v.get());
                if (d.title != null && d.title.equals(TitleRules.clean(l.text()))) d.title = null;
                return;
            }
        }
    }

    /**
     * The record read as one citation ("Last, F. et al. (2019). Title. Venue."): when its title is
     * the mention's (or the mention has none), its authors, venue and year fill the mention's gaps.
     */
    private void citation(PaperDraft d, NoteRecord r, String text) {
        if (d.hasAuthors() && d.venue != null && d.year != null) return;
        String own = ownLineOf(d, r, text);
        if (own.isBlank()) return;
        Optional<Citation> c = citations.parse(own);
        if (c.isEmpty()) return;
        Citation cite = c.get();
        if (d.title != null && cite.title() != null && !sameTitle(d.title, cite.title())) return;
        if (d.title == null && cite.title() != null) d.title = cite.title();
        if (!d.hasAuthors() && !cite.authors().isEmpty()) {
            d.setAuthors(withoutEtAl(cite.authors()), String.join("; ", cite.authors()));
        }
        if (d.venue == null && cite.venue() != null) d.venue = new Venue(cite.venue(), cite.series(), cite.year());
        if (d.year == null && cite.year() != null) d.year = cite.year();
        if (cite.arxiv() != null) d.ids = d.ids.with(IdScheme.ARXIV, cite.arxiv());
        if (cite.doi() != null) d.ids = d.ids.with(IdScheme.DOI, cite.doi());
    }

    /** Venue tags on the mention's own line, outside its title: "[ICLR 2022] Title", "(KDD 2021) **Title**". */
    private void venueOnLine(PaperDraft d, NoteRecord r, String text) {
        if (d.venue != null && d.year != null) return;
        if (r.kind() == RecordKind.TABLE_ROW || r.kind() == RecordKind.HTML_TABLE_ROW || r.kind() == RecordKind.HEADING) return;
        Segment line = lineOf(d, r);
        if (line == null) return;
        String raw = line.of(text);
        StringBuilder masked = new StringBuilder(raw);
        mask(masked, line.start(), d.titleStart, d.titleEnd);
        for (LinkOccurrence l : d.links) mask(masked, line.start(), l.start(), l.end());
        for (VenueTag t : venueTags.find(plain(masked.toString()))) {
            if (t.hasVenue() && d.venue == null) {
                setVenue(d, t);
                if (d.year == null && t.year() != null) d.year = t.year();
                return;
            }
            if (!t.hasVenue() && d.year == null && t.year() != null) d.year = t.year();
        }
    }

    private static void mask(StringBuilder b, int base, int from, int to) {
        if (from < 0 || to <= from) return;
        for (int i = Math.max(0, from - base); i < Math.min(b.length(), to - base); i++) b.setCharAt(i, ' ');
    }

    /** Lines such as "Date: 06/04/2015", "Authors: …", "Venue: …" under a mention's heading or in its item. */
    private void labelledLines(PaperDraft d, NoteRecord r, NoteRecords records, String text) {
        List<Segment> candidates = new ArrayList<>(r.lines());
        if (r.kind() == RecordKind.HEADING) {
            List<NoteRecord> kids = records.children(r);
            if (!kids.isEmpty() && kids.get(0).kind() == RecordKind.PARAGRAPH) candidates.addAll(kids.get(0).lines());
        }
        for (Segment s : candidates) {
            if (s.end() - s.start() > MAX_FIELD_LINE) continue;
            Optional<ColumnRoles.Labelled> l = columns.labelled(plain(s.of(text)));
            if (l.isEmpty()) continue;
            String value = l.get().value();
            switch (l.get().role()) {
                case AUTHORS -> { if (!d.hasAuthors()) names.whole(value, true).ifPresent(n -> setAuthors(d, n)); }
                case VENUE -> venueCell(d, value);
                case YEAR -> {
                    if (d.year == null) {
                        Matcher m = YEAR.matcher(value);
                        if (m.find()) d.year = Integer.parseInt(m.group(1));
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * An author line: the line after the mention's line in its record, the first sub-item or nested
     * quote of its item, or (for a heading) the first line of its section, when it reads wholly as
     * person names (a venue tag on it is read as the venue).
     */
    private void authorLine(PaperDraft d, NoteRecord r, NoteRecords records, String text) {
        List<Segment> candidates = new ArrayList<>();
        Segment line = wholeLineOf(d, r);
        int at = line == null ? -1 : r.lines().indexOf(line);
        if (at >= 0 && at + 1 < r.lines().size()) candidates.add(r.lines().get(at + 1));
        if (r.kind() == RecordKind.TABLE_ROW || r.kind() == RecordKind.HTML_TABLE_ROW) return;
        List<NoteRecord> kids = records.children(r);
        if (!kids.isEmpty()) {
            NoteRecord first = kids.get(0);
            boolean sub = first.kind() == RecordKind.LIST_ITEM || first.kind() == RecordKind.BLOCKQUOTE;
            boolean headingText = r.kind() == RecordKind.HEADING && first.kind() == RecordKind.PARAGRAPH;
            if ((sub || headingText) && !first.lines().isEmpty()) candidates.add(first.lines().get(0));
        }
        for (Segment s : candidates) {
            if (s.end() - s.start() > MAX_FIELD_LINE) continue;
            String value = plain(s.of(text));
            List<VenueTag> tags = venueTags.find(value);
            StringBuilder rest = new StringBuilder(value);
            VenueTag venue = null;
            for (VenueTag t : tags) {
                if (venue == null && t.hasVenue()) venue = t;
                for (int i = t.start(); i < t.end() && i < rest.length(); i++) rest.setCharAt(i, ' ');
            }
            String names = rest.toString().replaceAll("[\\s,.;]+$", "").strip();
            Optional<NameList> n = this.names.whole(names, false);
            if (n.isEmpty()) continue;
            setAuthors(d, n.get());
            if (venue != null && d.venue == null) setVenue(d, venue);
            for (VenueTag t : tags) if (d.year == null && t.year() != null) d.year = t.year();
            return;
        }
    }

    // ---- helpers

    private Segment wholeLineOf(PaperDraft d, NoteRecord r) {
        for (Segment s : r.lines()) if (d.anchorStart >= s.start() && d.anchorStart <= s.end()) return s;
        return r.lines().isEmpty() ? null : r.lines().get(0);
    }

    /** The mention's line, or on a very long line (a note written without line breaks) the stretch around the mention. */
    private Segment lineOf(PaperDraft d, NoteRecord r) {
        Segment s = wholeLineOf(d, r);
        if (s == null || s.end() - s.start() <= MAX_FIELD_LINE) return s;
        int anchor = Math.max(s.start(), Math.min(d.anchorStart, s.end()));
        return new Segment(Math.max(s.start(), anchor - LINE_WINDOW_BEFORE), Math.min(s.end(), anchor + LINE_WINDOW_AFTER));
    }

    private String ownLineOf(PaperDraft d, NoteRecord r, String text) {
        if (r.kind() == RecordKind.REFERENCE_ENTRY) return r.ownText(text).replace('\n', ' ');
        Segment s = lineOf(d, r);
        return s == null ? "" : s.of(text);
    }

    private boolean isVenueLabel(String t) {
        return venueTags.whole(t).filter(VenueTag::hasVenue).isPresent();
    }

    private static boolean sameTitle(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        return !x.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    static String normalise(String s) {
        String t = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private void setAuthors(PaperDraft d, NameList n) {
        d.setAuthors(withoutEtAl(n.names()), String.join("; ", n.names()));
    }

    private static List<String> withoutEtAl(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String bare = n.replaceAll("(?i)[,\\s]*\\bet\\.?\\s*al\\.?$", "").strip();
            if (!bare.isEmpty()) out.add(bare);
        }
        return out;
    }

    private static void setVenue(PaperDraft d, VenueTag t) {
        d.venue = new Venue(t.label(), t.series(), t.year());
        if (d.year == null && t.year() != null) d.year = t.year();
    }

    private static String plain(String s) {
        return RecordText.plain(s);
    }
}
