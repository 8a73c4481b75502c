package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.notegraph.map.FocusResolver;
import org.notegraph.map.MapJson;
import org.notegraph.map.MapRequest;
import org.notegraph.map.SubgraphReader;
import org.notegraph.serve.pages.Views.Link;
import org.notegraph.serve.pages.Views.MapView;

/**
 * The literature map: the page ({@code /map?focus=IRI&depth=N}, or {@code ?q=WORDS} resolved by
 * label as {@code notegraph map WORDS} resolves them), which only names the focus and where its
 * data is, and that data ({@code /map.json}), the subgraph {@link SubgraphReader} chooses, with
 * links to the pages of its nodes, notes and statements. The page's script draws it.
 */
final class MapPage {
    private final PageQueries queries;
    private final DatasetGraph dsg;
    private final java.time.Duration timeout;
    private final Site site;
    private final PrefixMapping prefixes;

    MapPage(PageQueries queries, Site site, PrefixMapping prefixes) {
        this.queries = queries;
        this.dsg = queries.dataset();
        this.timeout = queries.timeout();
        this.site = site;
        this.prefixes = prefixes;
    }

    /** The page: centred on {@code focus} (an IRI), or on what {@code words} name, or the whole graph. */
    MapView page(String focus, String words, int depth) {
        String q = words == null ? "" : words.strip();
        String iri = focus == null || focus.isBlank() ? null : focus.strip();
        List<Link> alternatives = new ArrayList<>();
        if (iri == null && !q.isEmpty()) {
            List<FocusResolver.Candidate> found = new FocusResolver(dsg, timeout).resolve(q);
            if (found.isEmpty()) {
                return new MapView("Literature map", null, depth, null, q, "Nothing in the graph is named \u201c" + q + "\u201d.", List.of());
            }
            iri = found.get(0).iri();
            for (FocusResolver.Candidate c : found.subList(1, Math.min(found.size(), 6))) {
                alternatives.add(new Link(Site.mapOf(c.iri()) + "&depth=" + depth, c.label(), c.iri()));
            }
        }
        if (iri != null) {
            String focusIri = iri;
            boolean known = Txn.calculateRead(dsg, () -> new ResourcePage(queries, site, prefixes).exists(focusIri));
            if (!known) return new MapView("Literature map", null, depth, null, q, "No resource " + iri + " in the graph.", List.of());
            Link focusLink = Txn.calculateRead(dsg, () -> new Labels(dsg, site, prefixes).link(NodeFactory.createURI(focusIri)));
            String data = Site.MAP_JSON + "?focus=" + Site.encode(iri) + "&depth=" + depth;
            return new MapView("Map around " + focusLink.text(), focusLink, depth, data, q, null, alternatives);
        }
        return new MapView("Literature map of the whole graph", null, depth, Site.MAP_JSON, q, null, List.of());
    }

    /** The data: {@link MapJson} of the subgraph, each node, note and statement linked to its page. */
    JsonObject json(String focus, int depth, Set<String> relations, int maxNodes) {
        var g = new SubgraphReader(dsg, timeout).read(new MapRequest(focus, depth, relations, maxNodes));
        return MapJson.json(g, site::href);
    }
}
