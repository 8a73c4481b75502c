package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.List;
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
            SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:PaperMention ; dcterms:creator ?x }
            GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d
            """.formatted(TOP);

    /**
     * One number on the home page: its name, what exactly it counts, and the pattern binding
     * {@code ?x} to each thing counted. The count and the list behind it (in the query editor) come
     * from the same pattern. Concepts are counted as the notes name them: the vocabulary
     * ({@code vocab/}) holds hundreds of methods and phenomena no note may ever mention.
     */
    record Counted(String label, String what, String pattern, boolean onlyWhenPresent) {}

    /** Named in a note: a concept mention of it, or a relation statement with it at one end. */
    private static final String NAMED_IN_NOTES =
            " FILTER EXISTS { { ?cm a ng:ConceptMention ; oa:hasBody ?x } UNION { ?st a ng:RelationStatement ; ng:subject|ng:object ?x } }";

    static final List<Counted> COUNTED = List.of(
            new Counted("papers", "papers your notes mention", "?x a ng:Paper .", false),
            new Counted("notes", "notes read", "?x a ng:Note .", false),
            new Counted("paper mentions", "places where a note names a paper", "?x a ng:PaperMention .", false),
            new Counted("authors", "authors of those papers", "?paper a ng:Paper ; dcterms:creator ?x .", false),
            new Counted("venues", "venues of those papers", "?paper a ng:Paper ; dcterms:isPartOf ?x .", false),
            new Counted("methods", "methods named in your notes", "?x a ng:Method ." + NAMED_IN_NOTES, true),
            new Counted("phenomena", "phenomena named in your notes", "?x a ng:Phenomenon ." + NAMED_IN_NOTES, true),
            new Counted("concept mentions", "paper items and notes naming a method or phenomenon (one per concept in each)", "?x a ng:ConceptMention .", true),
            new Counted("claims", "claims read from your notes", "?x a ng:Claim .", true),
            new Counted("relations", "typed statements read from your notes (extends, uses, supports …)", "?x a ng:RelationStatement .", true));

    private final DatasetGraph dsg;
    private final PageQueries queries;
    private final Site site;
    private final PrefixMapping prefixes;
    private final java.util.function.Supplier<String> notice;

    HomePage(PageQueries queries, Site site, PrefixMapping prefixes, java.util.function.Supplier<String> notice) {
        this.notice = notice;
        this.dsg = queries.dataset();
        this.queries = queries;
        this.site = site;
        this.prefixes = prefixes;
    }

    HomeView home() {
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg, site, prefixes);
            List<Count> counts = new ArrayList<>();
            for (Counted c : COUNTED) {
                long n = selectLong(countQuery(c));
                if (n > 0 || !c.onlyWhenPresent()) counts.add(new Count(c.label(), n, c.what(), site.queryEditor(listQuery(c))));
            }
            List<Ranked> papers = ranked(TOP_PAPERS, labels);
            List<Ranked> authors = ranked(TOP_AUTHORS, labels);
            List<QueryLink> queries = new ArrayList<>();
            for (String name : NamedQueries.SHIPPED) {
                NamedQueries.load(name).ifPresent(text -> queries.add(
                        new QueryLink(name, NamedQueries.description(text), site.queryEditor(text))));
            }
            return new HomeView(site.dataset(), site.base(), notice.get(), counts, papers, authors, queries);
        });
    }

    static String countQuery(Counted c) {
        return Labels.SPARQL_PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + c.pattern() + " }";
    }

    /** The things counted, as the query editor shows them. */
    static String listQuery(Counted c) {
        return Labels.SPARQL_PREFIXES + "# " + c.what() + "\nSELECT DISTINCT ?x ?label WHERE {\n  " + c.pattern()
                + "\n  OPTIONAL { ?x dcterms:title|rdfs:label|foaf:name ?label }\n} ORDER BY ?label ?x LIMIT 1000";
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
