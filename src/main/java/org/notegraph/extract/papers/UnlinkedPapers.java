package org.notegraph.extract.papers;

import org.notegraph.extract.text.LinkOccurrence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.papers.fields.Citation;
import org.notegraph.extract.papers.fields.Citations;
import org.notegraph.extract.papers.fields.TitleText;
import org.notegraph.extract.papers.fields.VenueTag;
import org.notegraph.extract.papers.fields.VenueTags;
import org.notegraph.notes.FrontMatter;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.Cell;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;
import org.notegraph.records.Segment;

/**
 * Papers a note names without a paper link, found by the evidence a record carries: front matter
 * that describes one paper, a reference entry or item that reads as a citation, an identifier
 * written in the text ({@code arXiv:2101.00001}, {@code doi:10.…}), an emphasised title with a venue
 * tag or a format word beside it, a title cell of a table, and a note whose first heading is its
 * paper's title.
 */
final class UnlinkedPapers {
    private static final Pattern ARXIV_TEXT = Pattern.compile("(?i)\\barxiv\\s*[:：]\\s*((?:\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[a-z]{2})?/\\d{7})(?:v\\d+)?)");
    private static final Pattern DOI_TEXT = Pattern.compile("(?i)\\bdoi\\s*[:：]\\s*(10\\.\\d{4,9}/[^\\s\"<>)\\]]+)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern FORMAT_MARK = Pattern.compile("(?i)\\[\\s*(?:pdf|paper|arxiv|link)\\s*]");
    private static final int MIN_CELL_TITLE_WORDS = 6;

    private final UrlRules urls;
    private final LinkTextRules texts;
    private final VenueRules venues;
    private final Citations citations = Citations.defaults();
    private final VenueTags venueTags = VenueTags.defaults();
    private final TitleText titles = TitleText.defaults();
    private final LeadTitles leads = new LeadTitles();
    private final ColumnRoles columns = ColumnRoles.defaults();
    private final NoteTitles noteTitles;
    private final PaperLists paperLists;

    UnlinkedPapers(UrlRules urls, LinkTextRules texts, VenueRules venues) {
        this.urls = urls;
        this.texts = texts;
        this.venues = venues;
        this.noteTitles = NoteTitles.defaults();
        this.paperLists = new PaperLists(urls, texts);
    }

    List<PaperDraft> find(ParsedNote note, NoteRecords records, Map<NoteRecord, List<PaperDraft>> linked,
                          List<LinkOccurrence> links, int order) {
        List<PaperDraft> out = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (NoteRecord r : linked.keySet()) if (r.index() >= 0) covered.add(r.index());
        String text = note.text();
        for (NoteRecord r : records.all()) {
            if (covered.contains(r.index())) continue;
            boolean underPaper = underCoveredItem(r, records, covered);
            Optional<PaperDraft> d = switch (r.kind()) {
                case FRONT_MATTER -> frontMatter(note, r, order + out.size());
                case REFERENCE_ENTRY -> citation(r, text, order + out.size(), false);
                case LIST_ITEM, LINE -> citation(r, text, order + out.size(), true)
                        .or(() -> underPaper ? Optional.empty() : identifierInText(r, text, order + out.size()))
                        .or(() -> underPaper ? Optional.empty() : emphasisedTitle(r, text, order + out.size()));
                case PARAGRAPH -> r.lines().size() == 1
                        ? citation(r, text, order + out.size(), true)
                                .or(() -> identifierInText(r, text, order + out.size()))
                        : Optional.empty();
                case TABLE_ROW, HTML_TABLE_ROW -> titleCell(r, text, order + out.size());
                default -> Optional.empty();
            };
            if (d.isPresent()) {
                out.add(d.get());
                covered.add(r.index());
            }
        }
        out.addAll(paperLists.find(text, records, links, covered, order + out.size()));
        if (out.stream().noneMatch(d -> d.rule.equals("front-matter"))) {
            noteTitles.paperOf(note, records, linked, out, order + out.size()).ifPresent(out::add);
        }
        return out;
    }

    /** Whether the record is a sub-item or quote of an item that already names a paper (an author line, a comment). */
    private static boolean underCoveredItem(NoteRecord r, NoteRecords records, Set<Integer> covered) {
        for (NoteRecord a : records.ancestors(r)) {
            if (a.kind() == RecordKind.HEADING) return false;
            if (covered.contains(a.index())) return true;
        }
        return false;
    }

    /**
     * A one-paper-per-note vault: front matter with an identifier, or with a title and the year or
     * venue of one work (a blog post's front matter has a date, not a year), describes the note's own paper.
     */
    private Optional<PaperDraft> frontMatter(ParsedNote note, NoteRecord r, int order) {
        FrontMatter fm = note.frontMatter();
        if (fm.isEmpty()) return Optional.empty();
        PaperIds ids = PaperIds.NONE;
        for (IdScheme scheme : IdScheme.values()) {
            ids = ids.with(scheme, fm.string(scheme.key()).map(v -> Identifiers.normalise(scheme, v)).orElse(null));
        }
        String url = fm.string("url").orElse(fm.string("paper").orElse(null));
        if (url != null) {
            UrlRules.Match m = urls.classify(url);
            if (m.kind() != LinkKind.PAPER) url = null; else ids = ids.with(m.scheme(), m.id());
        }
        List<String> authors = fm.authors();
        Venue venue = fm.string("venue").flatMap(venues::parseStated).orElse(null);
        Integer year = fm.string("year").filter(y -> y.matches("\\d{4}")).map(Integer::parseInt)
                .orElse(venue == null ? null : venue.year());
        String title = fm.title().map(TitleRules::clean).orElse(null);
        boolean describesWork = title != null && (year != null || venue != null);
        if (ids.isEmpty() && url == null && !describesWork) return Optional.empty();
        PaperDraft d = PaperDraft.unlinked(r, "front-matter", order, 0, 0);
        d.ids = ids;
        d.url = url;
        if (!authors.isEmpty()) d.setAuthors(withoutEtAl(authors), String.join("; ", authors));
        d.venue = venue;
        d.year = year;
        d.title = title;
        return Optional.of(d);
    }

    /**
     * A reference entry, or an item or line that reads as a full citation (authors, title and year):
     * "Last, F., &amp; Last, F. (2019). Title. Venue." and the other usual styles.
     */
    private Optional<PaperDraft> citation(NoteRecord r, String text, int order, boolean needsYear) {
        String own = r.kind() == RecordKind.REFERENCE_ENTRY ? r.ownText(text).replace('\n', ' ')
                : r.lines().isEmpty() ? "" : r.lines().get(0).of(text);
        if (own.isBlank() || own.length() > 2000) return Optional.empty();
        Optional<Citation> parsed = citations.parse(own);
        if (parsed.isEmpty()) return Optional.empty();
        Citation c = parsed.get();
        if (c.title() == null || c.title().isBlank()) return Optional.empty();
        if (needsYear && (c.authors().isEmpty() || c.year() == null)) return Optional.empty();
        if (c.url() != null) {
            LinkKind kind = urls.classify(c.url()).kind();
            if (kind == LinkKind.CODE || kind == LinkKind.DATASET || kind == LinkKind.NOT_PAPER) return Optional.empty();
        }
        Segment first = r.firstLineSegment();
        PaperDraft d = PaperDraft.unlinked(r, "citation", order, first.start(), first.end());
        d.title = c.title();
        if (!c.authors().isEmpty()) d.setAuthors(withoutEtAl(c.authors()), String.join("; ", c.authors()));
        if (c.venue() != null) d.venue = new Venue(c.venue(), c.series(), c.year());
        d.year = c.year();
        if (c.arxiv() != null) d.ids = d.ids.with(IdScheme.ARXIV, Identifiers.normalise(IdScheme.ARXIV, c.arxiv()));
        if (c.doi() != null) d.ids = d.ids.with(IdScheme.DOI, Identifiers.normalise(IdScheme.DOI, c.doi()));
        if (c.url() != null) {
            UrlRules.Match m = urls.classify(c.url());
            if (m.kind() == LinkKind.PAPER) d.ids = d.ids.with(m.scheme(), m.id());
            d.url = c.url();
        }
        return Optional.of(d);
    }

    /** An identifier written as text ("arXiv:2101.00001", "doi:10.1000/xyz"), with the title its line states. */
    private Optional<PaperDraft> identifierInText(NoteRecord r, String text, int order) {
        for (Segment s : r.lines()) {
            String line = CODE_SPAN.matcher(s.of(text)).replaceAll(m -> " ".repeat(m.group().length()));
            Matcher a = ARXIV_TEXT.matcher(line);
            Matcher doi = DOI_TEXT.matcher(line);
            PaperIds ids = PaperIds.NONE;
            int at = -1;
            if (a.find()) { ids = ids.with(IdScheme.ARXIV, Identifiers.normalise(IdScheme.ARXIV, a.group(1))); at = a.start(); }
            if (doi.find()) {
                ids = ids.with(IdScheme.DOI, Identifiers.normalise(IdScheme.DOI, doi.group(1)));
                at = at < 0 ? doi.start() : Math.min(at, doi.start());
            }
            if (ids.isEmpty()) continue;
            PaperDraft d = PaperDraft.unlinked(r, "text-identifier", order, s.start() + at, s.end());
            d.ids = ids;
            leads.read(line.substring(0, at), 2, false).ifPresent(l -> {
                d.title = l.title();
                d.titleStart = s.start() + l.start();
                d.titleEnd = s.start() + l.end();
            });
            return Optional.of(d);
        }
        return Optional.empty();
    }

    /**
     * An item or line whose emphasised or quoted title stands beside a venue tag, a year or a format
     * mark: "(KDD 2021) **Title** [PDF]", "- Paper - \"Title\" [pdf](…)".
     */
    private Optional<PaperDraft> emphasisedTitle(NoteRecord r, String text, int order) {
        if (r.lines().isEmpty()) return Optional.empty();
        Segment s = r.lines().get(0);
        String line = s.of(text);
        Optional<LeadTitles.Lead> lead = leads.read(line, 3);
        if (lead.isEmpty() || !isEmphasis(line, lead.get())) return Optional.empty();
        StringBuilder rest = new StringBuilder(line);
        for (int i = lead.get().start(); i < lead.get().end(); i++) rest.setCharAt(i, ' ');
        boolean tagged = venueTags.find(RecordText.plain(rest.toString())).stream().anyMatch(t -> t.hasVenue() || t.year() != null);
        boolean format = FORMAT_MARK.matcher(line).find() || hasFormatLink(line);
        if (!tagged && !format) return Optional.empty();
        PaperDraft d = PaperDraft.unlinked(r, "emphasised-title", order, s.start() + lead.get().start(), s.start() + lead.get().end());
        d.title = lead.get().title();
        d.titleStart = d.anchorStart;
        d.titleEnd = d.anchorEnd;
        return Optional.of(d);
    }

    private static boolean isEmphasis(String line, LeadTitles.Lead lead) {
        char c = line.charAt(lead.start());
        return c == '*' || c == '_' || c == '"' || c == '“';
    }

    private boolean hasFormatLink(String line) {
        Matcher m = Pattern.compile("\\[([^\\[\\]]{1,40})]\\(").matcher(line);
        while (m.find()) if (texts.isFormatOnly(m.group(1))) return true;
        return false;
    }

    /** A table row whose title column holds a title but no paper link (a long title, or one with authors or a venue beside it). */
    private Optional<PaperDraft> titleCell(NoteRecord r, String text, int order) {
        Cell title = null;
        boolean sideFields = false;
        for (Cell c : r.cells()) {
            ColumnRoles.Role role = columns.roleOf(c.header());
            if (role == ColumnRoles.Role.TITLE && title == null) title = c;
            if ((role == ColumnRoles.Role.AUTHORS || role == ColumnRoles.Role.VENUE) && !c.text(text).isBlank()) sideFields = true;
        }
        if (title == null || title.lines().isEmpty()) return Optional.empty();
        if (Pattern.compile("\\]\\(\\s*[^)\\s]").matcher(title.text(text)).find()) return Optional.empty();
        Segment s = title.lines().get(0);
        String cleaned = titles.clean(s.of(text));
        int words = cleaned.split("\\s+").length;
        if (!TitleRules.looksLikeTitle(cleaned, sideFields ? 3 : MIN_CELL_TITLE_WORDS)) return Optional.empty();
        if (venueTags.whole(cleaned).filter(VenueTag::hasVenue).isPresent() || texts.category(cleaned) != null) return Optional.empty();
        PaperDraft d = PaperDraft.unlinked(r, "table-title-cell", order, s.start(), s.end());
        d.title = cleaned;
        d.titleStart = s.start();
        d.titleEnd = s.end();
        return words > 0 ? Optional.of(d) : Optional.empty();
    }

    static List<String> withoutEtAl(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String bare = n.replaceAll("(?i)[,\\s]*\\bet\\.?\\s*al\\.?$", "").strip();
            if (!bare.isEmpty()) out.add(bare);
        }
        return out;
    }
}
