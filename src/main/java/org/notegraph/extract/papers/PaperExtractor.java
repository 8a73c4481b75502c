package org.notegraph.extract.papers;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.text.LinkCollector;
import org.notegraph.extract.text.LinkForm;
import org.notegraph.extract.text.LinkOccurrence;
import org.notegraph.extract.text.Sections;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.notes.FrontMatter;
import org.notegraph.notes.Library;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;
import org.notegraph.records.RecordReader;

/**
 * Finds the papers a note mentions. Every link is classified by its URL ({@link UrlRules}) and its
 * text ({@link LinkTextRules}); paper links are grouped into mentions by the unit they stand in (a
 * list item, a paragraph, or a heading's section), so two links to one paper in one item are one
 * mention; then each mention gets what the note states about it: title, authors, venue, year, topic,
 * body, code and dataset links.
 */
public final class PaperExtractor {
    private static final int MAX_BODY = 8000;
    private static final int MIN_TITLE_WORDS_UNKNOWN_SITE = 4;
    private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)*";
    private static final Pattern BY_AUTHORS = Pattern.compile(
            "^\\s*,?\\s*by\\s+(" + NAME + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*)");

    private final UrlRules urls;
    private final LinkTextRules texts;
    private final VenueRules venues;
    private final UnlinkedPapers unlinked;
    private final RecordFields fields;
    private final LeadTitles leads = new LeadTitles();
    private final TitleMentions titleMentions = new TitleMentions();
    private final CitationKeys citationKeys = new CitationKeys();
    private Library library = Library.EMPTY;

    public PaperExtractor(UrlRules urls, LinkTextRules texts, VenueRules venues) {
        this.urls = urls;
        this.texts = texts;
        this.venues = venues;
        this.unlinked = new UnlinkedPapers(urls, texts, venues);
        this.fields = new RecordFields(texts);
    }

    public static PaperExtractor defaults() {
        return new PaperExtractor(UrlRules.defaults(), LinkTextRules.defaults(), VenueRules.defaults());
    }

    public List<PaperMention> extract(ParsedNote note) {
        return extract(note, RecordReader.read(note));
    }

    /** The same rules, with citation keys resolved against the user's library. */
    public PaperExtractor withLibrary(Library library) {
        PaperExtractor p = new PaperExtractor(urls, texts, venues);
        p.library = library;
        return p;
    }

    public List<PaperMention> extract(ParsedNote note, NoteRecords records) {
        return extract(note, records, null);
    }

    /** The note's paper mentions; problems (a citation key the library lacks) go to {@code diagnostics} when given. */
    public List<PaperMention> extract(ParsedNote note, NoteRecords records, Diagnostics diagnostics) {
        Sections sections = new Sections(note.document());
        Optional<Venue> context = contextVenue(note, sections);
        List<LinkOccurrence> links = new ArrayList<>();
        for (LinkOccurrence l : LinkCollector.collect(note.document())) if (!records.commented(l.start())) links.add(l);
        Map<NoteRecord, List<PaperDraft>> byUnit = new LinkedHashMap<>();
        DraftIndex index = new DraftIndex();
        List<PaperDraft> drafts = new ArrayList<>();
        List<LinkOccurrence> attachments = new ArrayList<>();

        for (LinkOccurrence link : links) {
            UrlRules.Match match = urls.classify(link.url());
            LinkKind kind = kindOf(link, match);
            if (kind == LinkKind.CODE || kind == LinkKind.DATASET) { attachments.add(link); continue; }
            if (kind != LinkKind.PAPER) continue;
            PaperIds ids = PaperIds.NONE.with(match.scheme(), match.id());
            String urlKey = UrlRules.key(link.url());
            NoteRecord unit = unitOf(link, records);
            PaperDraft existing = findSame(unit, ids, urlKey, index, records);
            if (existing == null && texts.isFormatOnly(link.text())) existing = titledBefore(unit, byUnit, note);
            if (existing != null) {
                existing.links.add(link);
                existing.ids = existing.ids.merge(ids);
                existing.urlKeys.add(urlKey);
                index.add(existing, urlKey);
                continue;
            }
            PaperDraft d = new PaperDraft(unit, link, ruleFor(link, unit), drafts.size());
            d.links.add(link);
            d.ids = ids;
            d.urlKeys.add(urlKey);
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(d);
            index.add(d, urlKey);
            drafts.add(d);
        }
        for (LinkOccurrence a : attachments) attach(a, byUnit, records);
        for (PaperDraft d : drafts) describe(d, note, sections);
        for (PaperDraft d : drafts) promoteToTitledItem(d, note, records, byUnit);

        List<PaperDraft> all = new ArrayList<>(drafts);
        all.addAll(unlinked.find(note, records, byUnit, links, drafts.size()));
        all.addAll(titleMentions.find(note.text(), records, all, links, all.size()));
        all.addAll(citationKeys.find(note, records, library, all, all.size(), diagnostics));
        List<PaperMention> out = new ArrayList<>();
        Map<Integer, Integer> perLine = new LinkedHashMap<>();
        for (PaperDraft d : all) {
            fields.fill(d, note, records);
            if (d.venue == null && context.isPresent() && appearsAtTheNotesVenue(d, context.get(), all, note.text())) {
                d.venue = context.get();
            }
            if (d.year == null && d.venue != null) d.year = d.venue.year();
        }
        all.sort(java.util.Comparator.comparingInt((PaperDraft d) -> d.rule.equals("front-matter") ? 0 : 1));
        for (PaperDraft d : all) {
            int line = note.lines().lineOf(d.anchorStart);
            if (d.rule.equals("front-matter")) line = Math.max(1, note.frontMatter().lineOf("title"));
            int ordinal = perLine.merge(line, 1, Integer::sum);
            out.add(build(d, note, sections, line, ordinal));
        }
        return out;
    }

    private LinkKind kindOf(LinkOccurrence link, UrlRules.Match match) {
        String category = texts.category(link.text());
        switch (match.kind()) {
            case PAPER -> {
                // a PDF on an unknown site is a paper unless its text says it is slides, a talk, code…
                if (match.scheme() == null && match.rule().equals("paper-pdf") && category != null) {
                    return "code".equals(category) ? LinkKind.CODE : "dataset".equals(category) ? LinkKind.DATASET : LinkKind.NOT_PAPER;
                }
                return match.kind();
            }
            case IMAGE, NOT_PAPER -> { return match.kind(); }
            case CODE, DATASET -> { return "dataset".equals(category) ? LinkKind.DATASET : match.kind(); }
            default -> { }
        }
        if ("code".equals(category)) return LinkKind.CODE;
        if ("dataset".equals(category)) return LinkKind.DATASET;
        if (category != null || link.form() == LinkForm.BARE_URL || link.form() == LinkForm.AUTOLINK) return LinkKind.NOT_PAPER;
        if (texts.namesNotPaper(link.text())) return LinkKind.NOT_PAPER;
        String title = TitleRules.clean(link.text());
        if (texts.isGeneric(title) || texts.authorCitation(title).isPresent()) return LinkKind.NOT_PAPER;
        if (!TitleRules.looksLikeTitle(title, MIN_TITLE_WORDS_UNKNOWN_SITE)) return LinkKind.NOT_PAPER;
        return leadsItsBlock(link) ? LinkKind.PAPER : LinkKind.NOT_PAPER;
    }

    /** Whether only white space or punctuation stands before the link in its paragraph or heading. */
    private static boolean leadsItsBlock(LinkOccurrence link) {
        Node block = link.node().getParent();
        if (block == null) return false;
        String before = block.getChars().toString().substring(0, Math.max(0, link.start() - block.getStartOffset()));
        return before.replaceAll("[#\\s*_>\\-+(\\[]", "").isEmpty();
    }

    private PaperDraft findSame(NoteRecord unit, PaperIds ids, String urlKey, DraftIndex index, NoteRecords records) {
        for (NoteRecord r = unit; r != null; r = records.parent(r).orElse(null)) {
            PaperDraft d = index.find(r, ids, urlKey);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The drafts of each unit by identity key and URL key: finds the draft a link joins without comparing
     * it with every draft of its unit (a 1 MB line with 17,000 links made that quadratic). Answers as
     * the scan in order did: the earliest draft of the unit that shares a key ({@link PaperDraft#sameAs}).
     */
    private static final class DraftIndex {
        private final Map<NoteRecord, Map<String, PaperDraft>> byKey = new java.util.HashMap<>();

        /** Registers a draft's current identifier keys and one more URL key of it. */
        void add(PaperDraft d, String urlKey) {
            Map<String, PaperDraft> keys = byKey.computeIfAbsent(d.record, k -> new java.util.HashMap<>());
            for (String k : d.ids.keys()) keys.merge(k, d, DraftIndex::earlier);
            keys.merge("url " + urlKey, d, DraftIndex::earlier);
        }

        PaperDraft find(NoteRecord unit, PaperIds ids, String urlKey) {
            Map<String, PaperDraft> keys = byKey.get(unit);
            if (keys == null) return null;
            PaperDraft best = keys.get("url " + urlKey);
            for (String k : ids.keys()) best = earlier(best, keys.get(k));
            return best;
        }

        private static PaperDraft earlier(PaperDraft a, PaperDraft b) {
            if (a == null) return b;
            if (b == null) return a;
            return a.order <= b.order ? a : b;
        }
    }

    /**
     * For a "[pdf]"-style link: the mention just before it in the same list item or paragraph, when
     * that mention states a title. A generic pointer before it ("[1]", "this paper") names no paper
     * the format link could be a copy of, so the link is a mention of its own.
     */
    private PaperDraft titledBefore(NoteRecord unit, Map<NoteRecord, List<PaperDraft>> byUnit, ParsedNote note) {
        List<PaperDraft> here = byUnit.get(unit);
        if (here == null || here.isEmpty()) return null;
        PaperDraft last = here.get(here.size() - 1);
        return statesTitle(last, note) ? last : null;
    }

    private boolean statesTitle(PaperDraft d, ParsedNote note) {
        for (LinkOccurrence l : d.links) {
            String t = TitleRules.clean(l.text());
            if (l.form() != LinkForm.BARE_URL && !texts.isGeneric(t) && texts.authorCitation(t).isEmpty()) return true;
        }
        return awesomeTitle(d, note) != null;
    }

    /** The title of an awesome-list item "Title. [[paper]](url)": the lead text before its format link. */
    private String awesomeTitle(PaperDraft d, ParsedNote note) {
        if (!(d.unit instanceof ListItem item) || !isLeadOfItem(d.first, item) || !texts.isFormatOnly(d.first.text())) {
            return null;
        }
        String before = note.text().substring(d.first.node().getParent().getStartOffset(), d.first.start());
        String cleaned = TitleRules.clean(before);
        return TitleRules.looksLikeTitle(cleaned, 1) ? cleaned : null;
    }

    /**
     * The record a link stands in: its innermost record, except that a comment quoted under a list
     * item belongs to the item, and a link in a table cell stands in its row.
     */
    private static NoteRecord unitOf(LinkOccurrence link, NoteRecords records) {
        NoteRecord r = records.innermostAt(link.start()).orElse(null);
        if (r == null) return syntheticUnit(link);
        if (r.kind() == RecordKind.BLOCKQUOTE) {
            for (NoteRecord a : records.ancestors(r)) {
                if (a.kind() == RecordKind.LIST_ITEM) return a;
                if (a.kind() != RecordKind.BLOCKQUOTE) break;
            }
        }
        return r;
    }

    /** A unit of its own for a link outside every record (none is expected; kept so no link is lost). */
    private static NoteRecord syntheticUnit(LinkOccurrence link) {
        return new NoteRecord(-1 - link.start(), RecordKind.PARAGRAPH, -1, 0, link.start(), link.end(), 0, 0,
                List.of(), List.of(), link.node());
    }

    private static String ruleFor(LinkOccurrence link, NoteRecord unit) {
        if (unit.kind() == RecordKind.HEADING) return "heading-link";
        return switch (link.form()) {
            case BARE_URL, AUTOLINK -> "bare-url";
            case HTML_ANCHOR -> "html-anchor";
            case MARKDOWN, REFERENCE -> switch (unit.kind()) {
                case LIST_ITEM -> "list-item-link";
                case TABLE_ROW, HTML_TABLE_ROW -> "table-row-link";
                default -> "text-link";
            };
        };
    }

    private void attach(LinkOccurrence a, Map<NoteRecord, List<PaperDraft>> byUnit, NoteRecords records) {
        PaperDraft target = null;
        NoteRecord start = unitOf(a, records);
        for (NoteRecord r = start; r != null && target == null; r = records.parent(r).orElse(null)) {
            List<PaperDraft> here = byUnit.get(r);
            if (here != null && !here.isEmpty()) target = here.get(0);
        }
        if (target == null) return;
        String category = texts.category(a.text());
        UrlRules.Match m = urls.classify(a.url());
        boolean dataset = "dataset".equals(category) || m.kind() == LinkKind.DATASET;
        List<String> list = dataset ? target.datasets : target.code;
        if (!list.contains(a.url().strip())) list.add(a.url().strip());
    }

    /** Fills title, authors, venue and year from the links' texts, the item and its author line. */
    private void describe(PaperDraft d, ParsedNote note, Sections sections) {
        for (LinkOccurrence l : d.links) {
            String t = TitleRules.clean(l.text());
            // as written first: clean() drops the final dot of "Liu et al."
            Optional<LinkTextRules.AuthorCitation> cite = texts.authorCitation(l.text()).or(() -> texts.authorCitation(t));
            if (cite.isPresent()) {
                if (d.authorsAsWritten == null) {
                    d.authors = cite.get().authors();
                    d.authorsAsWritten = cite.get().authorsAsWritten();
                    if (cite.get().year() != null) d.year = cite.get().year();
                    if (d.rule.equals("text-link") || d.rule.equals("list-item-link")) d.rule = "author-citation";
                }
                continue;
            }
            if (d.title == null && !texts.isGeneric(t) && l.form() != LinkForm.BARE_URL) d.title = t;
        }
        if (d.title == null && d.unit instanceof Heading h) {
            String rest = LinkCollector.headingText(h);
            for (LinkOccurrence l : d.links) rest = rest.replace(l.text(), " ");
            rest = TitleRules.clean(rest);
            if (TitleRules.looksLikeTitle(rest, 1)) d.title = rest;
        }
        if (d.unit instanceof ListItem item) {
            boolean lead = isLeadOfItem(d.first, item);
            String awesome = d.title == null ? awesomeTitle(d, note) : null;
            if (awesome != null) {
                d.title = awesome;
                d.rule = "awesome-item";
            }
            if (lead) {
                AuthorLine.of(item, venues, note.lines()::lineOf).ifPresent(a -> {
                    if (d.authorsAsWritten == null) {
                        d.authors = a.authors();
                        d.authorsAsWritten = String.join("; ", a.authors());
                    }
                    if (a.venue() != null) d.venue = a.venue();
                });
            }
        }
        if (d.title == null) leadTitle(d, note);
        if (d.authorsAsWritten == null) {
            int end = d.first.end();
            String after = note.text().substring(end, Math.min(note.text().length(), end + 200));
            Matcher m = BY_AUTHORS.matcher(after);
            if (m.find()) {
                List<String> names = new ArrayList<>();
                for (String n : m.group(1).split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) if (!n.isBlank()) names.add(n.strip());
                if (!names.isEmpty() && names.stream().allMatch(AuthorLine::isName)) {
                    d.authors = names;
                    d.authorsAsWritten = String.join("; ", names);
                }
            }
        }
    }

    /**
     * A sub-item that is only a link ("* https://arxiv.org/abs/…" under "* date, Author: Title.
     * Comment") gives its paper to the nearest enclosing item that states a title and names no paper
     * of its own: the mention is that item's, on its line, with its title and authors.
     */
    private void promoteToTitledItem(PaperDraft d, ParsedNote note, NoteRecords records, Map<NoteRecord, List<PaperDraft>> byUnit) {
        if (d.title != null || d.record.kind() != RecordKind.LIST_ITEM || d.links.size() != 1) return;
        String own = d.record.ownText(note.text());
        int linkStart = Math.min(own.length(), Math.max(0, d.first.start() - d.record.firstLineSegment().start()));
        int linkEnd = Math.min(own.length(), Math.max(linkStart, d.first.end() - d.record.firstLineSegment().start()));
        String rest = own.substring(0, linkStart) + own.substring(linkEnd);
        if (!rest.replaceAll("[\\s\\[\\]()<>*_:.,-]", "").isEmpty()) return;
        NoteRecord target = null;
        Optional<LeadTitles.Lead> lead = Optional.empty();
        for (NoteRecord a : records.ancestors(d.record)) {
            if (a.kind() != RecordKind.LIST_ITEM || byUnit.containsKey(a)) break;
            if (a.lines().isEmpty()) continue;
            Optional<LeadTitles.Lead> l = leads.read(a.lines().get(0).of(note.text()), 2);
            if (l.isPresent()) { target = a; lead = l; }
        }
        if (target != null) {
            NoteRecord a = target;
            org.notegraph.records.Segment line = a.lines().get(0);
            byUnit.get(d.record).remove(d);
            d.record = a;
            d.unit = a.node();
            byUnit.computeIfAbsent(a, k -> new ArrayList<>()).add(d);
            d.anchorStart = line.start() + lead.get().start();
            d.anchorEnd = line.start() + lead.get().end();
            d.title = lead.get().title();
            d.titleStart = d.anchorStart;
            d.titleEnd = d.anchorEnd;
            if (lead.get().authors() != null && d.authorsAsWritten == null) {
                d.setAuthors(lead.get().authors().names(), String.join("; ", lead.get().authors().names()));
            }
            d.rule = "item-title-sub-link";
            return;
        }
    }

    /**
     * A title stated before a link that names none ("[ICLR 2022] Title [[paper]](…)", "2022 - A, B.
     * Title - [pdf](…)", a bare URL after the title on its line): the lead text of the link's line.
     */
    private void leadTitle(PaperDraft d, ParsedNote note) {
        RecordKind k = d.record.kind();
        if (k == RecordKind.HEADING || k == RecordKind.TABLE_ROW || k == RecordKind.HTML_TABLE_ROW) return;
        int lineStart = -1;
        for (org.notegraph.records.Segment s : d.record.lines()) {
            if (d.first.start() >= s.start() && d.first.start() <= s.end()) { lineStart = s.start(); break; }
        }
        if (lineStart < 0 || lineStart >= d.first.start()) return;
        if (!texts.isFormatOnly(d.first.text()) && d.first.form() != LinkForm.BARE_URL) return;
        final int base = lineStart;
        String lead = note.text().substring(base, d.first.start());
        int minWords = k == RecordKind.PARAGRAPH ? 3 : 2;
        leads.read(lead, minWords, false).ifPresent(l -> {
            d.title = l.title();
            d.titleStart = base + l.start();
            d.titleEnd = base + l.end();
            if (l.authors() != null && d.authorsAsWritten == null) {
                d.setAuthors(l.authors().names(), String.join("; ", l.authors().names()));
            }
            d.rule = "item-lead-title";
        });
    }

    private static boolean isLeadOfItem(LinkOccurrence link, ListItem item) {
        Node parent = link.node().getParent();
        return parent instanceof Paragraph && parent.getParent() == item && item.getFirstChild() == parent;
    }

    private PaperMention build(PaperDraft d, ParsedNote note, Sections sections, int line, int ordinal) {
        int unitStart;
        int unitEnd;
        String topic;
        if (d.rule.equals("front-matter")) {
            String body = note.text().strip();
            if (body.length() > MAX_BODY) body = body.substring(0, MAX_BODY) + "…";
            SourceSpan span = new SourceSpan(0, 0, line, Math.max(line, note.frontMatter().lastLine()));
            return new PaperMention(span, ordinal, d.rule, d.title, d.title, d.url, "", d.ids, d.authors,
                    d.authorsAsWritten, d.venue, d.year, null, body, d.code, d.datasets);
        }
        if (d.unit instanceof Heading h) {
            Sections.Section s = sections.at(h.getStartOffset());
            unitStart = h.getStartOffset();
            unitEnd = s == null ? h.getEndOffset() : sections.ownEnd(s);
            topic = sections.topic(h.getStartOffset(), true);
        } else {
            unitStart = d.record.start();
            unitEnd = d.record.end();
            topic = sections.topic(d.anchorStart, false);
        }
        int bodyEnd = Math.max(unitStart, Math.min(unitEnd, note.text().length()));
        int readEnd = Math.min(bodyEnd, unitStart + 2 * MAX_BODY);
        String body = note.text().substring(unitStart, readEnd).strip();
        if (body.length() > MAX_BODY) body = body.substring(0, MAX_BODY) + "…";
        else if (readEnd < bodyEnd) body = body + "…";
        int endLine = Math.max(line, note.lines().lineOf(Math.max(unitStart, unitEnd - 1)));
        int quoteEnd = Math.min(Math.min(d.anchorEnd, note.text().length()), d.anchorStart + 1000);
        String quote = note.text().substring(d.anchorStart, Math.max(d.anchorStart, quoteEnd));
        SourceSpan span = new SourceSpan(d.anchorStart, d.anchorEnd, line, endLine);
        String linkText = d.linked() ? d.first.text() : d.title;
        return new PaperMention(span, ordinal, d.rule, d.title, linkText, d.url, quote, d.ids,
                d.authors, d.authorsAsWritten, d.venue, d.year, topic, body, d.code, d.datasets);
    }

    /**
     * Whether a paper takes the venue the note is about: linked on that venue's host, or listed as an
     * entry of the note (the first paper leading a list item, or a table row's) with no other year
     * stated and no identifier dating it more than a year before the venue (an arXiv 1706 paper is no
     * ICLR 2020 paper).
     */
    private boolean appearsAtTheNotesVenue(PaperDraft d, Venue context, List<PaperDraft> all, String text) {
        if (d.url != null && venues.hostServes(context, d.url)) return true;
        if (d.year != null && !d.year.equals(context.year())) return false;
        java.util.OptionalInt dated = d.ids.datedYear();
        if (dated.isPresent() && context.year() != null && dated.getAsInt() < context.year() - 1) return false;
        if (!LISTED_KINDS.contains(d.record.kind())) return false;
        for (PaperDraft o : all) if (o != d && o.record == d.record && o.anchorStart < d.anchorStart) return false;
        return d.record.kind() != RecordKind.LIST_ITEM || leadsItsItem(d, text);
    }

    /** Whether an item starts with the paper ("- [Title](…)"), not with words about it ("- State of the art: [Title](…)"). */
    private static boolean leadsItsItem(PaperDraft d, String text) {
        int from = Math.max(0, Math.min(d.record.start(), text.length()));
        int to = Math.max(from, Math.min(d.anchorStart, text.length()));
        String before = ITEM_MARKER.matcher(text.substring(from, to)).replaceFirst("");
        return before.codePoints().noneMatch(Character::isLetter);
    }

    private static final Pattern ITEM_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]]\\s+)?");

    /** Entries of a paper list; a heading is not one (notes about a conference give background papers their own headings). */
    private static final java.util.Set<RecordKind> LISTED_KINDS = java.util.EnumSet.of(RecordKind.LIST_ITEM,
            RecordKind.TABLE_ROW, RecordKind.HTML_TABLE_ROW);

    /** The venue a note is about, from its title, first top-level heading or tags ("ICLR 2020 notes"). */
    private Optional<Venue> contextVenue(ParsedNote note, Sections sections) {
        List<String> candidates = new ArrayList<>();
        note.frontMatter().title().ifPresent(candidates::add);
        Sections.Section h1 = sections.firstTopLevel();
        if (h1 != null) candidates.add(h1.title());
        candidates.addAll(note.frontMatter().tags());
        candidates.add(note.relativePath());
        for (String c : candidates) {
            Optional<Venue> v = venues.contextVenue(c);
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }
}
