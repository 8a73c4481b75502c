package org.notegraph.serve.pages;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Vocab;
import org.notegraph.serve.pages.Views.Link;

/**
 * How the pages name and link resources, with each label looked up once per page (make one per
 * page, inside its read transaction): a resource's label (title, label, name ... best first, then for a
 * paper without a title of its own the title {@code notegraph enrich} found; a
 * mention as "title (path:line)"), links to resource and predicate pages, and where a note states
 * something ("x.md:12-14").
 */
final class Labels {
    /** Label predicates, best first. */
    static final List<Node> PREDICATES = List.of(DCTerms.title.asNode(), RDFS.label.asNode(), FOAF.name.asNode(),
            SKOS.prefLabel.asNode(), NG.titleAsWritten, NG.path);

    /** The prefixes the pages' own queries use. */
    static final String SPARQL_PREFIXES = "PREFIX ng: <" + NG.NS + ">\n" + """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    private final DatasetGraph dsg;
    private final Site site;
    private final PrefixMapping prefixes;
    private final Map<Node, String> cache = new HashMap<>();

    Labels(DatasetGraph dsg, Site site, PrefixMapping prefixes) {
        this.dsg = dsg;
        this.site = site;
        this.prefixes = prefixes;
    }

    /** A resource's label. */
    String of(Node n) {
        return cache.computeIfAbsent(n, this::lookup);
    }

    private String lookup(Node n) {
        if (n.isURI() && isUntitledPaper(n)) return enrichedTitle(n).orElseGet(() -> untitled(n));
        for (Node p : PREDICATES) {
            Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY);
            if (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    String label = o.getLiteralLexicalForm();
                    if (p.equals(NG.titleAsWritten) || p.equals(NG.path)) label = mentionLabel(n, label);
                    return label;
                }
            }
        }
        Optional<String> enriched = enrichedTitle(n);
        if (enriched.isPresent()) return enriched.get();
        if (n.isURI()) {
            String iri = n.getURI();
            Iterator<Quad> line = dsg.find(Node.ANY, n, NG.line, Node.ANY);
            if (line.hasNext()) return mentionLabel(n, null);
            if (site.base() != null && iri.startsWith(site.base())) return iri.substring(site.base().length());
            String shortForm = prefixes.shortForm(iri);
            return shortForm;
        }
        return n.toString();
    }

    /** For a paper the notes give no title: the title {@code notegraph enrich} found (one record has it). */
    private Optional<String> enrichedTitle(Node n) {
        Iterator<Quad> records = dsg.find(Node.ANY, n, NG.enrichedBy, Node.ANY);
        while (records.hasNext()) {
            Iterator<Quad> title = dsg.find(Node.ANY, records.next().getObject(), DCTerms.title.asNode(), Node.ANY);
            Node t = title.hasNext() ? title.next().getObject() : null;
            if (t != null && t.isLiteral()) return Optional.of(t.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    /** The mark every page and list shows after the name of a paper the notes give no title. */
    static final String TITLE_UNKNOWN = "(title unknown)";

    /**
     * Identifiers that name a paper without a title, best first (the order paper IRIs are minted
     * in), each with the prefix it is written with.
     */
    private static final List<Map.Entry<Node, String>> IDENTIFIERS = List.of(
            Map.entry(Vocab.Bibo.doi, "doi:"), Map.entry(NG.arxivId, "arXiv:"),
            Map.entry(NG.openreviewId, "OpenReview:"), Map.entry(NG.aclId, "ACL:"), Map.entry(NG.url, ""));

    private boolean isUntitledPaper(Node n) {
        return dsg.find(Node.ANY, n, RDF.type.asNode(), NG.Paper).hasNext()
                && !dsg.find(Node.ANY, n, DCTerms.title.asNode(), Node.ANY).hasNext();
    }

    /** A paper without a title: "arXiv:1406.2661 (title unknown)", by its best identifier. */
    private String untitled(Node paper) {
        for (Map.Entry<Node, String> id : IDENTIFIERS) {
            Iterator<Quad> it = dsg.find(Node.ANY, paper, id.getKey(), Node.ANY);
            if (it.hasNext()) {
                Node v = it.next().getObject();
                return id.getValue() + (v.isURI() ? v.getURI() : v.getLiteralLexicalForm()) + " " + TITLE_UNKNOWN;
            }
        }
        String iri = paper.getURI();
        String name = site.base() != null && iri.startsWith(site.base()) ? iri.substring(site.base().length()) : prefixes.shortForm(iri);
        return name + " " + TITLE_UNKNOWN;
    }

    /** A mention as "title (path:line)". */
    private String mentionLabel(Node n, String title) {
        Iterator<Quad> note = dsg.find(Node.ANY, n, NG.inNote, Node.ANY);
        Iterator<Quad> line = dsg.find(Node.ANY, n, NG.line, Node.ANY);
        if (!note.hasNext() || !line.hasNext()) return title;
        Iterator<Quad> path = dsg.find(Node.ANY, note.next().getObject(), NG.path, Node.ANY);
        String where = (path.hasNext() ? path.next().getObject().getLiteralLexicalForm() : "?") + ":"
                + line.next().getObject().getLiteralLexicalForm();
        return title == null ? "mention at " + where : title + " (" + where + ")";
    }

    /** A link to a resource's page, with its label. */
    Link link(Node n) {
        if (n == null) return null;
        if (!n.isURI()) return new Link(null, n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString(), null);
        return new Link(site.href(n.getURI()), of(n), n.getURI());
    }

    /** A link to a predicate's page, named by its prefixed form. */
    Link predicateLink(Node p) {
        String shortForm = prefixes.shortForm(p.getURI());
        return new Link(site.href(p.getURI()), shortForm, p.getURI());
    }

    /** The resource's own address when it is a web page outside the instance base; only http(s). */
    String httpAddress(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) return null;
        if (site.base() != null && iri.startsWith(site.base())) return null;
        return iri;
    }

    /** "x.md:12", or "x.md:12-14" when it spans lines. */
    static String where(Node path, Node line, Node end) {
        String l = line.getLiteralLexicalForm();
        return path.getLiteralLexicalForm() + ":" + l + (end != null && !end.getLiteralLexicalForm().equals(l) ? "-" + end.getLiteralLexicalForm() : "");
    }
}
