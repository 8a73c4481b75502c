package org.notegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.Library;
import org.notegraph.extract.markup.MarkupReader;
import org.notegraph.extract.markup.NoteMarkup;
import org.notegraph.extract.papers.PaperExtractor;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.semantics.ClaimMention;
import org.notegraph.extract.semantics.Endpoint;
import org.notegraph.extract.semantics.RelationMention;
import org.notegraph.extract.semantics.SemanticExtractor;
import org.notegraph.extract.semantics.SemanticMentions;
import org.notegraph.extract.text.LinkCollector;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.RecordReader;

/** Reads everything the graph needs from one parsed note: its metadata and its paper mentions. */
public final class NoteExtractor {
    /**
     * The most mentions of each kind kept from one note, in text order. A note past these is a dump
     * rather than notes, and its graph would not fit in memory: a 50 MB note naming a concept on every
     * line gave over a million concept mentions. The rest are left out with a warning.
     */
    public static final int MAX_PAPER_MENTIONS = 50_000;
    public static final int MAX_CONCEPT_MENTIONS = 20_000;
    public static final int MAX_CLAIMS = 10_000;
    public static final int MAX_RELATIONS = 10_000;
    public static final int MAX_MARKUP_ITEMS = 20_000;

    private static final MarkupReader MARKUP = MarkupReader.defaults();

    private final PaperExtractor papers;
    private final SemanticExtractor semantics;

    public NoteExtractor(PaperExtractor papers, SemanticExtractor semantics) {
        this.papers = papers;
        this.semantics = semantics;
    }

    /** The same extractor, with citation keys resolved against the user's library. */
    public NoteExtractor withLibrary(Library library) {
        return new NoteExtractor(papers.withLibrary(library), semantics);
    }

    public static NoteExtractor defaults() { return new NoteExtractor(PaperExtractor.defaults(), SemanticExtractor.defaults()); }

    public ExtractedNote extract(ParsedNote note, Diagnostics diagnostics) {
        List<PaperMention> mentions;
        try {
            mentions = papers.extract(note, RecordReader.read(note), diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.error(note.relativePath(), 0, "note nested too deeply to read its papers; no mentions taken");
            mentions = List.of();
        }
        mentions = capped(mentions, MAX_PAPER_MENTIONS, "paper mentions", note, diagnostics);
        SemanticMentions semantic;
        try {
            semantic = semantics.extract(note, mentions);
        } catch (StackOverflowError | RuntimeException e) {
            diagnostics.error(note.relativePath(), 0, "cannot read concepts and relations (" + e + "); papers kept");
            semantic = SemanticMentions.NONE;
        }
        semantic = capped(semantic, note, diagnostics);
        String title = note.frontMatter().title().orElseGet(() -> firstHeading(note));
        List<String> tags = new ArrayList<>(note.frontMatter().tags());
        return new ExtractedNote(note.relativePath(), note.sha256(), title,
                note.frontMatter().date().orElse(null), tags, note.lines().lineCount(), mentions, semantic,
                markup(note, diagnostics));
    }

    private static NoteMarkup markup(ParsedNote note, Diagnostics diagnostics) {
        NoteMarkup m;
        try {
            m = MARKUP.read(note);
        } catch (StackOverflowError | RuntimeException e) {
            diagnostics.error(note.relativePath(), 0, "cannot read tags, wikilinks and fields (" + e + "); the rest kept");
            return NoteMarkup.NONE;
        }
        return new NoteMarkup(capped(m.tags(), MAX_MARKUP_ITEMS, "tags", note, diagnostics),
                capped(m.links(), MAX_MARKUP_ITEMS, "wikilinks", note, diagnostics),
                capped(m.aliases(), MAX_MARKUP_ITEMS, "aliases", note, diagnostics),
                capped(m.fields(), MAX_MARKUP_ITEMS, "fields", note, diagnostics));
    }

    private static SemanticMentions capped(SemanticMentions s, ParsedNote note, Diagnostics diagnostics) {
        if (s.concepts().size() <= MAX_CONCEPT_MENTIONS && s.claims().size() <= MAX_CLAIMS
                && s.relations().size() <= MAX_RELATIONS) {
            return s;
        }
        List<ClaimMention> claims = capped(s.claims(), MAX_CLAIMS, "claims", note, diagnostics);
        List<RelationMention> relations = capped(s.relations().stream()
                .filter(r -> keeps(r.subject(), claims.size()) && keeps(r.object(), claims.size())).toList(),
                MAX_RELATIONS, "relations", note, diagnostics);
        return new SemanticMentions(capped(s.concepts(), MAX_CONCEPT_MENTIONS, "concept mentions", note, diagnostics),
                claims, relations);
    }

    /** Whether a relation end still stands once claims past the cap are left out. */
    private static boolean keeps(Endpoint e, int claims) {
        return !(e instanceof Endpoint.Claim c) || c.claimIndex() < claims;
    }

    private static <T> List<T> capped(List<T> items, int max, String what, ParsedNote note, Diagnostics diagnostics) {
        if (items.size() <= max) return items;
        diagnostics.warning(note.relativePath(), 0, String.format(java.util.Locale.ROOT,
                "%,d %s, only the first %,d kept", items.size(), what, max));
        return items.subList(0, max);
    }

    private static String firstHeading(ParsedNote note) {
        for (var n = note.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                String t = LinkCollector.headingText(h);
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }
}
