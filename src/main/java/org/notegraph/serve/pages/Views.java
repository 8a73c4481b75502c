package org.notegraph.serve.pages;

import java.util.List;

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

    /** A note's mention: where it is written ({@code where} = file:line) and its text. */
    public record MentionRow(Link mention, Link note, String where, String title, String text) {}

    public record ResourceView(String iri, String label, List<Link> types, List<PropertyRow> properties,
                               List<IncomingRow> incoming, boolean incomingTruncated, List<MentionRow> mentions,
                               boolean mentionsTruncated, String external, List<Link> formats, String queryEditor) {}

    public record Count(String label, long n, String queryEditor) {}

    public record Ranked(Link link, long n) {}

    /** A named query (queries/NAME.rq), what it answers, and the query editor opened with it. */
    public record QueryLink(String name, String description, String queryEditor) {}

    public record HomeView(String dataset, String base, List<Count> counts, List<Ranked> papers, List<Ranked> authors,
                           List<QueryLink> queries) {}

    public record SearchHit(Link hit, String kind, String score, Link paper, Link note, String where) {}

    public record SearchView(String q, String error, List<SearchHit> hits, String queryEditor) {}
}
