package org.notegraph.serve.pages;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import java.util.Optional;
import org.notegraph.model.Relation;
import org.notegraph.rdf.Prefixes;
import org.notegraph.serve.pages.Views.EvidenceListView;
import org.notegraph.serve.pages.Views.HomeView;
import org.notegraph.serve.pages.Views.ResourceView;
import org.notegraph.serve.pages.Views.SearchView;

/**
 * Reads what the pages show from the dataset (the union of all graphs), each page in one read
 * transaction: the home page, a resource's page and the search page, each a class of its own.
 * Knows the notegraph model only as far as labels, mentions and counts go; every other property is
 * shown as it is.
 */
public final class PageData {
    private final Site site;
    private final HomePage home;
    private final ResourcePage resources;
    private final SearchPage search;
    private final GapsPage gaps;
    private final EvidencePage evidence;
    private final MapPage map;

    public PageData(DatasetGraph dsg, Site site) {
        this.site = site;
        PrefixMapping prefixes = Prefixes.standard(site.base());
        this.home = new HomePage(dsg, site, prefixes);
        this.resources = new ResourcePage(dsg, site, prefixes);
        this.search = new SearchPage(dsg, site, prefixes);
        this.gaps = new GapsPage(dsg, site);
        this.evidence = new EvidencePage(dsg, site, prefixes);
        this.map = new MapPage(dsg, site, prefixes);
    }

    public Site site() { return site; }

    /** Whether the dataset says anything about the IRI, or points at it. */
    public boolean exists(String iri) { return resources.exists(iri); }

    /** The triples about a resource (it as subject), from all graphs, for the RDF formats. */
    public Graph description(String iri) { return resources.description(iri); }

    public ResourceView resource(String iri) { return resources.resource(iri); }

    public HomeView home() { return home.home(); }

    /** Full-text search with {@code queries/search.rq}, the words put in its VALUES line. */
    public SearchView search(String words) { return search.search(words); }

    /** The gap worklist ({@code queries/gaps.rq}). */
    public Views.GapsView gaps() { return gaps.gaps(); }
    /**
     * The statements behind one of a paper's evidence counts: {@code relation} one of supports,
     * disputes, extends, uses; {@code in} for those about the paper. Empty when the IRI is no paper.
     */
    public Optional<EvidenceListView> evidence(String iri, Relation relation, boolean in) { return evidence.list(iri, relation, in); }

    /** The relation of this name if a paper's evidence counts it (supports, disputes, extends, uses). */
    public static Optional<Relation> evidenceRelation(String name) { return EvidenceStatements.counted(name); }

    /** The literature map page around {@code focus} (an IRI) or what {@code words} name, or of the whole graph. */
    public Views.MapView map(String focus, String words, int depth) { return map.page(focus, words, depth); }

    /** The literature map's data; {@link java.util.NoSuchElementException} when the focus is not in the graph. */
    public org.apache.jena.atlas.json.JsonObject mapJson(String focus, int depth, java.util.Set<String> relations, int maxNodes) {
        return map.json(focus, depth, relations, maxNodes);
    }

    /** {@code queries/search.rq} with the words searched for. */
    public static String searchQuery(String words) { return SearchPage.searchQuery(words); }
}
