package org.notegraph.serve.pages;

import java.util.List;
import java.util.Map;

/**
 * What the page templates show: plain values, already chosen and ordered. The templates escape
 * every string they print (jte, content type HTML), so these hold text, never markup.
 */
public final class Views {
    private Views() {}

    /** A link to a page here ({@code href}), its text, and the IRI it stands for (or null). */
    public record Link(String href, String text, String iri) {}

    /**
     * One value of a property: a resource ({@code link}) or a literal ({@code text} and its
     * datatype or language as {@code detail}); {@code external} is the resource's own http(s)
     * address when it lives elsewhere, else null; {@code longText} marks text shown as a block.
     */
    public record Value(Link link, String text, String detail, String external, boolean longText) {}

    public record PropertyRow(Link predicate, List<Value> values) {}

    public record IncomingRow(Link subject, Link predicate) {}

    /**
     * Something a note states at a line about the resource: where ({@code where} = file:line),
     * what it is ({@code kind}: paper mention, concept mention, claim, statement ...), its title or
     * words as written, the item's text ({@code text}, a block) and a quote (the sentence or line).
     */
    public record MentionRow(Link mention, Link note, String where, String title, String text, String kind, String quote) {}

    public record ResourceView(String iri, String label, List<Link> types, List<PropertyRow> properties,
                               List<IncomingRow> incoming, boolean incomingTruncated, List<MentionRow> mentions,
                               boolean mentionsTruncated, Semantics semantics, String external, List<Link> formats,
                               String queryEditor) {}

    /**
     * Where a note states something and how it was read: the note's words ({@code quote}), the
     * note and line ({@code where}, linked to the note's page), the extraction's confidence and
     * rule, and the statement node itself (or null when the page is that node's own).
     */
    public record Evidence(String quote, Link where, String confidence, String rule, Link statement) {}

    /** A relation the page's resource takes part in: the resource at its other end, and the evidence. */
    public record RelationRow(Link other, Evidence evidence) {}

    /**
     * The relations of one name in one direction: {@code outgoing} when the page's resource is
     * their subject ("extends →"), else their object ("← extended by").
     */
    public record RelationGroup(String relation, boolean outgoing, String heading, List<RelationRow> rows) {}

    /** A relation statement's own page: subject, relation, object (unresolved ends as written, unlinked). */
    public record StatementView(Link subject, String relation, Link object, Evidence evidence) {}

    /** A claim's own page: its text is the evidence's quote; what it is about; the paper it is attributed to. */
    public record ClaimView(String stance, List<Link> about, Link paper, Evidence evidence) {}

    /**
     * What the semantic layer says about a resource: the claim or statement it is (else null), the
     * relations it takes part in, and for a concept the papers whose notes name it (with how often).
     */
    public record Semantics(ClaimView claim, StatementView statement, List<RelationGroup> relations,
                            boolean relationsTruncated, List<Ranked> namedBy, boolean namedByTruncated,
                            PaperEvidence evidence) {}

    /** One of a paper's evidence counts: what it counts ("supported by"), how many, and the page that lists them. */
    public record EvidenceCount(String label, long n, String href) {}

    /**
     * A paper's evidence counts (null for a resource that is no paper): the statements about it or
     * its claims by something else ({@code about}: supported by, disputed by, extended by, used by),
     * and the statements it is the subject of ({@code made}: supports, disputes, extends, uses).
     */
    public record PaperEvidence(List<EvidenceCount> about, List<EvidenceCount> made) {}

    /** A statement in an evidence list: its subject, relation and object (the paper, or its claim), and where it was read. */
    public record EvidenceRow(Link subject, String relation, Link object, Evidence evidence) {}

    /** The list behind one evidence count: the paper, what is listed ("supported by"), the statements, and all the counts. */
    public record EvidenceListView(Link paper, String heading, List<EvidenceRow> rows, PaperEvidence counts) {}

    /** A number on the home page: what it is ({@code label}), and what exactly it counts ({@code what}). */
    public record Count(String label, long n, String what, String queryEditor) {}

    public record Ranked(Link link, long n) {}

    /** A named query (queries/NAME.rq), what it answers, and the query editor opened with it. */
    public record QueryLink(String name, String description, String queryEditor) {}

    /** The home page; {@code notice} says where the data comes from (a copy of a remote store), or is null. */
    public record HomeView(String dataset, String base, String notice, List<Count> counts, List<Ranked> papers, List<Ranked> authors,
                           List<QueryLink> queries) {}

    /** A piece of text; {@code marked} when it is one of the words searched for. */
    public record Fragment(String text, boolean marked) {}

    /** A search result; {@code snippet} is its matching text around the words (empty when none is stored). */
    public record SearchHit(Link hit, String kind, String score, Link paper, Link note, String where, List<Fragment> snippet) {}

    public record SearchView(String q, String error, List<SearchHit> hits, String queryEditor) {}

    /** One row of the gap worklist: the resource, where to act (a link to the note, or the path and line), what is missing. */
    public record GapRow(Link subject, Link note, String where, String detail) {}

    /** The gap worklist, rows grouped by kind in the order the query gives them. */
    public record GapsView(Map<String, List<GapRow>> byKind, int total, String queryEditor) {}

    /**
     * The map page: its heading, the focus (null for the whole graph), the depth, where the page's
     * script reads the subgraph ({@code dataUrl}, null when there is nothing to draw), the words
     * asked for, what went wrong (or null), and other resources the words named.
     */
    public record MapView(String heading, Link focus, int depth, String dataUrl, String words, String error, List<Link> alternatives) {}
}
