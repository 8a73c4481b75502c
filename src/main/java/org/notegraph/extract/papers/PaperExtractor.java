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
import org.notegraph.extract.text.LinkCollector;
import org.notegraph.extract.text.LinkForm;
import org.notegraph.extract.text.LinkOccurrence;
import org.notegraph.extract.text.Sections;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.notes.FrontMatter;
import org.notegraph.notes.ParsedNote;

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

    public PaperExtractor(UrlRules urls, LinkTextRules texts, VenueRules venues) {
        this.urls = urls;
        this.texts = texts;
        this.venues = venues;
    }

    public static PaperExtractor defaults() {
        return new PaperExtractor(UrlRules.defaults(), LinkTextRules.defaults(), VenueRules.defaults());
    }

    /** A mention while it is being assembled from one or more links. */
    private static final class Draft {
        final Node unit;
        final LinkOccurrence first;
        final List<LinkOccurrence> links = new ArrayList<>();
        final List<String> code = new ArrayList<>();
        final List<String> datasets = new ArrayList<>();
        PaperIds ids = PaperIds.NONE;
        final List<String> urlKeys = new ArrayList<>();
        String rule;
        String title;
        List<String> authors = List.of();
        String authorsAsWritten;
        Venue venue;
        Integer year;

        final int order;

        Draft(Node unit, LinkOccurrence first, String rule, int order) {
            this.order = order;
            this.unit = unit;
            this.first = first;
            this.rule = rule;
        }

        boolean sameAs(PaperIds otherIds, String urlKey) {
            return ids.sharesAny(otherIds) || urlKeys.contains(urlKey);
        }
    }

    public List<PaperMention> extract(ParsedNote note) {
        Sections sections = new Sections(note.document());
        Optional<Venue> context = contextVenue(note, sections);
        List<LinkOccurrence> links = LinkCollector.collect(note.document());
        Map<Node, List<Draft>> byUnit = new LinkedHashMap<>();
        DraftIndex index = new DraftIndex();
        List<Draft> drafts = new ArrayList<>();
        List<LinkOccurrence> attachments = new ArrayList<>();

        for (LinkOccurrence link : links) {
            UrlRules.Match match = urls.classify(link.url());
            LinkKind kind = kindOf(link, match);
            if (kind == LinkKind.CODE || kind == LinkKind.DATASET) { attachments.add(link); continue; }
            if (kind != LinkKind.PAPER) continue;
            PaperIds ids = PaperIds.NONE.with(match.scheme(), match.id());
            String urlKey = UrlRules.key(link.url());
            Draft existing = findSame(link, ids, urlKey, index, sections);
            if (existing == null && texts.isFormatOnly(link.text())) existing = titledBefore(link, byUnit, note);
            if (existing != null) {
                existing.links.add(link);
                existing.ids = existing.ids.merge(ids);
                existing.urlKeys.add(urlKey);
                index.add(existing, urlKey);
                continue;
            }
            Node unit = unitOf(link.node());
            Draft d = new Draft(unit, link, ruleFor(link, unit), drafts.size());
            d.links.add(link);
            d.ids = ids;
            d.urlKeys.add(urlKey);
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(d);
            index.add(d, urlKey);
            drafts.add(d);
        }
        for (LinkOccurrence a : attachments) attach(a, byUnit, sections);

        List<PaperMention> out = new ArrayList<>();
        Map<Integer, Integer> perLine = new LinkedHashMap<>();
        frontMatterMention(note).ifPresent(m -> { out.add(m); perLine.merge(m.span().line(), 1, Integer::sum); });
        for (Draft d : drafts) {
            describe(d, note, sections);
            if (d.venue == null && context.isPresent() && venues.hostServes(context.get(), d.first.url())) {
                d.venue = context.get();
            }
            if (d.year == null && d.venue != null) d.year = d.venue.year();
            int line = note.lines().lineOf(d.first.start());
            int ordinal = perLine.merge(line, 1, Integer::sum);
            out.add(build(d, note, sections, line, ordinal));
        }
        return out;
    }

    private LinkKind kindOf(LinkOccurrence link, UrlRules.Match match) {
        String category = texts.category(link.text());
        switch (match.kind()) {
            case PAPER, IMAGE, NOT_PAPER -> { return match.kind(); }
            case CODE, DATASET -> { return "dataset".equals(category) ? LinkKind.DATASET : match.kind(); }
            default -> { }
        }
        if ("code".equals(category)) return LinkKind.CODE;
        if ("dataset".equals(category)) return LinkKind.DATASET;
        if (category != null || link.form() == LinkForm.BARE_URL || link.form() == LinkForm.AUTOLINK) return LinkKind.NOT_PAPER;
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

    private Draft findSame(LinkOccurrence link, PaperIds ids, String urlKey, DraftIndex index, Sections sections) {
        for (Node n = link.node(); n != null; n = n.getParent()) {
            Draft d = index.find(n, ids, urlKey);
            if (d != null) return d;
        }
        for (Sections.Section s : sections.enclosing(link.start())) {
            Draft d = index.find(s.heading(), ids, urlKey);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The drafts of each unit by identity key and URL key: finds the draft a link joins without comparing
     * it with every draft of its unit (a 1 MB line with 17,000 links made that quadratic). Answers as
     * the scan in order did: the earliest draft of the unit that shares a key ({@link Draft#sameAs}).
     */
    private static final class DraftIndex {
        private final Map<Node, Map<String, Draft>> byKey = new java.util.HashMap<>();

        /** Registers a draft's current identifier keys and one more URL key of it. */
        void add(Draft d, String urlKey) {
            Map<String, Draft> keys = byKey.computeIfAbsent(d.unit, k -> new java.util.HashMap<>());
            for (String k : d.ids.keys()) keys.merge(k, d, DraftIndex::earlier);
            keys.merge("url " + urlKey, d, DraftIndex::earlier);
        }

        Draft find(Node unit, PaperIds ids, String urlKey) {
            Map<String, Draft> keys = byKey.get(unit);
            if (keys == null) return null;
            Draft best = keys.get("url " + urlKey);
            for (String k : ids.keys()) best = earlier(best, keys.get(k));
            return best;
        }

        private static Draft earlier(Draft a, Draft b) {
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
    private Draft titledBefore(LinkOccurrence link, Map<Node, List<Draft>> byUnit, ParsedNote note) {
        List<Draft> here = byUnit.get(unitOf(link.node()));
        if (here == null || here.isEmpty()) return null;
        Draft last = here.get(here.size() - 1);
        return statesTitle(last, note) ? last : null;
    }

    private boolean statesTitle(Draft d, ParsedNote note) {
        for (LinkOccurrence l : d.links) {
            String t = TitleRules.clean(l.text());
            if (l.form() != LinkForm.BARE_URL && !texts.isGeneric(t) && texts.authorCitation(t).isEmpty()) return true;
        }
        return awesomeTitle(d, note) != null;
    }

    /** The title of an awesome-list item "Title. [[paper]](url)": the lead text before its format link. */
    private String awesomeTitle(Draft d, ParsedNote note) {
        if (!(d.unit instanceof ListItem item) || !isLeadOfItem(d.first, item) || !texts.isFormatOnly(d.first.text())) {
            return null;
        }
        String before = note.text().substring(d.first.node().getParent().getStartOffset(), d.first.start());
        String cleaned = TitleRules.clean(before);
        return TitleRules.looksLikeTitle(cleaned, 1) ? cleaned : null;
    }

    /** The list item, paragraph-like block or heading a link belongs to. */
    private static Node unitOf(Node node) {
        Node block = null;
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListItem || n instanceof Heading) return n;
            if (block == null && (n instanceof Paragraph || n instanceof HtmlBlock)) block = n;
        }
        return block != null ? block : node;
    }

    private static String ruleFor(LinkOccurrence link, Node unit) {
        if (unit instanceof Heading) return "heading-link";
        return switch (link.form()) {
            case BARE_URL, AUTOLINK -> "bare-url";
            case HTML_ANCHOR -> "html-anchor";
            case MARKDOWN, REFERENCE -> unit instanceof ListItem ? "list-item-link" : "text-link";
        };
    }

    private void attach(LinkOccurrence a, Map<Node, List<Draft>> byUnit, Sections sections) {
        Draft target = null;
        for (Node n = a.node(); n != null && target == null; n = n.getParent()) {
            List<Draft> here = byUnit.get(n);
            if (here != null && !here.isEmpty()) target = here.get(0);
        }
        if (target == null) {
            for (Sections.Section s : sections.enclosing(a.start())) {
                List<Draft> here = byUnit.get(s.heading());
                if (here != null && !here.isEmpty()) { target = here.get(0); break; }
            }
        }
        if (target == null) return;
        String category = texts.category(a.text());
        UrlRules.Match m = urls.classify(a.url());
        boolean dataset = "dataset".equals(category) || m.kind() == LinkKind.DATASET;
        List<String> list = dataset ? target.datasets : target.code;
        if (!list.contains(a.url().strip())) list.add(a.url().strip());
    }

    /** Fills title, authors, venue and year from the links' texts, the item and its author line. */
    private void describe(Draft d, ParsedNote note, Sections sections) {
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

    private static boolean isLeadOfItem(LinkOccurrence link, ListItem item) {
        Node parent = link.node().getParent();
        return parent instanceof Paragraph && parent.getParent() == item && item.getFirstChild() == parent;
    }

    private PaperMention build(Draft d, ParsedNote note, Sections sections, int line, int ordinal) {
        int unitStart;
        int unitEnd;
        String topic;
        if (d.unit instanceof Heading h) {
            Sections.Section s = sections.at(h.getStartOffset());
            unitStart = h.getStartOffset();
            unitEnd = s == null ? h.getEndOffset() : sections.ownEnd(s);
            topic = sections.topic(h.getStartOffset(), true);
        } else {
            unitStart = d.unit.getStartOffset();
            unitEnd = d.unit.getEndOffset();
            topic = sections.topic(d.first.start(), false);
        }
        String body = note.text().substring(unitStart, Math.max(unitStart, Math.min(unitEnd, note.text().length()))).strip();
        if (body.length() > MAX_BODY) body = body.substring(0, MAX_BODY) + "…";
        int endLine = Math.max(line, note.lines().lineOf(Math.max(unitStart, unitEnd - 1)));
        String quote = note.text().substring(d.first.start(), Math.min(d.first.end(), d.first.start() + 1000));
        SourceSpan span = new SourceSpan(d.first.start(), d.first.end(), line, endLine);
        return new PaperMention(span, ordinal, d.rule, d.title, d.first.text(), d.first.url().strip(), quote, d.ids,
                d.authors, d.authorsAsWritten, d.venue, d.year, topic, body, d.code, d.datasets);
    }

    /** A one-paper-per-note vault: front matter with an identifier describes the note's own paper. */
    private Optional<PaperMention> frontMatterMention(ParsedNote note) {
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
        if (ids.isEmpty() && url == null) return Optional.empty();
        List<String> authors = fm.authors();
        Venue venue = fm.string("venue").flatMap(venues::parseStated).orElse(null);
        Integer year = fm.string("year").filter(y -> y.matches("\\d{4}")).map(Integer::parseInt)
                .orElse(venue == null ? null : venue.year());
        int line = Math.max(1, fm.firstLine());
        SourceSpan span = new SourceSpan(0, 0, line, Math.max(line, fm.lastLine()));
        String title = fm.title().map(TitleRules::clean).orElse(null);
        return Optional.of(new PaperMention(span, 1, "front-matter", title, title, url, "", ids, authors,
                authors.isEmpty() ? null : String.join("; ", authors), venue, year, null,
                note.text().strip().length() > MAX_BODY ? note.text().strip().substring(0, MAX_BODY) + "…" : note.text().strip(),
                List.of(), List.of()));
    }

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
