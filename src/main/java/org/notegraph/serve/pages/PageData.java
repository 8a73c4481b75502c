package org.notegraph.serve.pages;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import java.time.Duration;
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
    private final Duration timeout;
    private final HomePage home;
    private final ResourcePage resources;
    private final SearchPage search;
    private final GapsPage gaps;
    private final EvidencePage evidence;
    private final MapPage map;

    /** The pages with the server's default query time limit (30 s). */
    public PageData(DatasetGraph dsg, Site site) {
        this(dsg, site, PageQueries.DEFAULT_TIMEOUT);
    }

    /**
     * The pages over a dataset, every query they run stopped after {@code timeout} (the server's
     * {@code --timeout}); a page that runs longer throws {@link org.apache.jena.query.QueryCancelledException}.
     */
    public PageData(DatasetGraph dsg, Site site, Duration timeout) {
        this(dsg, site, timeout, null);
    }

    /** As above, the home page also saying {@code notice} (where the data comes from; null for nothing). */
    public PageData(DatasetGraph dsg, Site site, Duration timeout, java.util.function.Supplier<String> notice) {
        this.site = site;
        this.timeout = timeout;
        PrefixMapping prefixes = Prefixes.standard(site.base());
        PageQueries queries = new PageQueries(dsg, timeout);
        this.home = new HomePage(queries, site, prefixes, notice == null ? () -> null : notice);
        this.resources = new ResourcePage(queries, site, prefixes);
        this.search = new SearchPage(queries, site, prefixes);
        this.gaps = new GapsPage(queries, site, prefixes);
        this.evidence = new EvidencePage(queries, site, prefixes);
        this.map = new MapPage(queries, site, prefixes);
    }

    /** The time limit of every query the pages run. */
    public Duration timeout() { return timeout; }

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
