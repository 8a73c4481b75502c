package org.notegraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.notegraph.rdf.NG;

/**
 * Reads the resolved papers of a store (the entities graph, seen through the union) for the
 * bibliography: one {@link BibPaper} each, in IRI order, authors in their {@code bibo:authorList}
 * order. Call inside a read transaction.
 */
final class BibPapers {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n" + """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX bibo: <http://purl.org/ontology/bibo/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    /** One row per paper; a field given twice (it should not be) is read as its smallest value, so the export stays stable. */
    private static final String FIELDS = PREFIXES + """
            SELECT ?p (MIN(?t) AS ?title) (MIN(?y) AS ?year) (MIN(?ax) AS ?arxiv) (MIN(?d) AS ?doi)
                   (MIN(?or) AS ?openreview) (MIN(?acl) AS ?aclId) (MIN(?vl) AS ?venue) (MIN(?vs) AS ?series) WHERE {
              ?p a ng:Paper .
              OPTIONAL { ?p dcterms:title ?t0 BIND (STR(?t0) AS ?t) }
              OPTIONAL { ?p fabio:hasPublicationYear ?y0 BIND (STR(?y0) AS ?y) }
              OPTIONAL { ?p ng:arxivId ?ax0 BIND (STR(?ax0) AS ?ax) }
              OPTIONAL { ?p bibo:doi ?d0 BIND (STR(?d0) AS ?d) }
              OPTIONAL { ?p ng:openreviewId ?or0 BIND (STR(?or0) AS ?or) }
              OPTIONAL { ?p ng:aclId ?acl0 BIND (STR(?acl0) AS ?acl) }
              OPTIONAL { ?p dcterms:isPartOf ?v .
                         OPTIONAL { ?v rdfs:label ?vl0 BIND (STR(?vl0) AS ?vl) }
                         OPTIONAL { ?v ng:venueSeries ?vs0 BIND (STR(?vs0) AS ?vs) } }
            } GROUP BY ?p
            """;

    private static final String AUTHORS = PREFIXES + """
            SELECT ?p ?slot (MIN(?n) AS ?name) WHERE {
              ?p a ng:Paper ; bibo:authorList ?list .
              ?list ?slot ?person .
              FILTER (STRSTARTS(STR(?slot), STR(rdf:_)))
              { ?person rdfs:label ?n0 } UNION { ?person foaf:name ?n0 }
              BIND (STR(?n0) AS ?n)
            } GROUP BY ?p ?slot
            """;

    private static final String LINKS = PREFIXES + """
            SELECT ?p (MIN(STR(?u)) AS ?url) WHERE {
              ?p a ng:Paper . ?m oa:hasBody ?p ; ng:url ?u .
            } GROUP BY ?p
            """;

    private BibPapers() {}

    /** The papers, all of them ({@code only} null) or those whose IRIs are in {@code only}. */
    static List<BibPaper> read(DatasetGraph dsg, Set<String> only) {
        Map<String, TreeMap<Integer, String>> authors = new HashMap<>();
        for (Binding b : select(dsg, AUTHORS)) {
            String slot = b.get("slot").getURI();
            int index = Integer.parseInt(slot.substring(slot.lastIndexOf('_') + 1));
            authors.computeIfAbsent(b.get("p").getURI(), k -> new TreeMap<>()).put(index, text(b, "name"));
        }
        Map<String, String> links = new HashMap<>();
        for (Binding b : select(dsg, LINKS)) links.put(b.get("p").getURI(), text(b, "url"));
        TreeMap<String, BibPaper> papers = new TreeMap<>();
        for (Binding b : select(dsg, FIELDS)) {
            String iri = b.get("p").getURI();
            if (only != null && !only.contains(iri)) continue;
            String year = text(b, "year");
            papers.put(iri, new BibPaper(iri, text(b, "title"),
                    List.copyOf(authors.getOrDefault(iri, new TreeMap<>()).values()), text(b, "venue"), text(b, "series"),
                    year != null && year.matches("\\d{1,4}") ? Integer.valueOf(year) : null,
                    text(b, "arxiv"), text(b, "doi"), text(b, "openreview"), text(b, "aclId"), links.get(iri)));
        }
        return new ArrayList<>(papers.values());
    }

    private static List<Binding> select(DatasetGraph dsg, String query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) return null;
        String s = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        return s.isBlank() ? null : s.strip();
    }
}
