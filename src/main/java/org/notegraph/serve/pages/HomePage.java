package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.notegraph.query.NamedQueries;
import org.notegraph.serve.pages.Views.Count;
import org.notegraph.serve.pages.Views.HomeView;
import org.notegraph.serve.pages.Views.QueryLink;
import org.notegraph.serve.pages.Views.Ranked;

/** The home page: counts by kind, the most-mentioned papers and authors, and the named queries. */
final class HomePage {
    static final int TOP = 15;

    private static final String TOP_PAPERS = Labels.SPARQL_PREFIXES + """
            SELECT ?x (MAX(?c) AS ?n) WHERE { ?x a ng:Paper ; ng:mentionCount ?c }
            GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d
            """.formatted(TOP);

    private static final String TOP_AUTHORS = Labels.SPARQL_PREFIXES + """
            SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Mention ; dcterms:creator ?x }
            GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d
            """.formatted(TOP);

    private static final Map<String, String> COUNTED = new LinkedHashMap<>();
    static {
        COUNTED.put("papers", "ng:Paper");
        COUNTED.put("notes", "ng:Note");
        COUNTED.put("mentions", "ng:Mention");
        COUNTED.put("authors", "foaf:Person");
        COUNTED.put("venues", "ng:Venue");
        COUNTED.put("methods", "ng:Method");
        COUNTED.put("phenomena", "ng:Phenomenon");
        COUNTED.put("claims", "ng:Claim");
    }

    /** Counted on the home page only once the graph has some (the semantic layer adds them). */
    private static final Set<String> SHOWN_WHEN_PRESENT = Set.of("methods", "phenomena", "claims");

    private final DatasetGraph dsg;
    private final PageQueries queries;
    private final Site site;
    private final PrefixMapping prefixes;

    HomePage(PageQueries queries, Site site, PrefixMapping prefixes) {
        this.dsg = queries.dataset();
        this.queries = queries;
        this.site = site;
        this.prefixes = prefixes;
    }

    HomeView home() {
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg, site, prefixes);
            List<Count> counts = new ArrayList<>();
            for (Map.Entry<String, String> e : COUNTED.entrySet()) {
                String count = Labels.SPARQL_PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a " + e.getValue() + " }";
                String list = Labels.SPARQL_PREFIXES + "SELECT ?x ?label WHERE {\n  ?x a " + e.getValue()
                        + " .\n  OPTIONAL { ?x dcterms:title|rdfs:label|foaf:name ?label }\n} ORDER BY ?label ?x LIMIT 1000";
                long n = selectLong(count);
                if (n > 0 || !SHOWN_WHEN_PRESENT.contains(e.getKey())) counts.add(new Count(e.getKey(), n, site.queryEditor(list)));
            }
            List<Ranked> papers = ranked(TOP_PAPERS, labels);
            List<Ranked> authors = ranked(TOP_AUTHORS, labels);
            List<QueryLink> queries = new ArrayList<>();
            for (String name : NamedQueries.SHIPPED) {
                NamedQueries.load(name).ifPresent(text -> queries.add(
                        new QueryLink(name, NamedQueries.description(text), site.queryEditor(text))));
            }
            return new HomeView(site.dataset(), site.base(), counts, papers, authors, queries);
        });
    }

    private long selectLong(String query) {
        List<Binding> rows = queries.select(query);
        if (rows.isEmpty()) return 0;
        Node n = rows.get(0).get("n");
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private List<Ranked> ranked(String query, Labels labels) {
        List<Ranked> list = new ArrayList<>();
        for (Binding b : queries.select(query)) {
            list.add(new Ranked(labels.link(b.get("x")), Long.parseLong(b.get("n").getLiteralLexicalForm())));
        }
        return list;
    }
}
