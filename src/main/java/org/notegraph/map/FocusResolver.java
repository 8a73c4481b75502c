package org.notegraph.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.rdf.NG;

/**
 * What a map is centred on, from what the user typed: an IRI the store knows, or words matched
 * against labels (paper and note titles, concepts' preferred and alternative labels, claims' text,
 * note paths), case and punctuation aside. An exact label beats one that only contains every word;
 * then resources the map can draw an edge to beat those it cannot; then papers, concepts, claims and
 * notes in that order (a one-paper note shares its paper's title); then shorter labels, then IRIs.
 */
public final class FocusResolver {
    /** One resource the words matched, with the label that matched. */
    public record Candidate(String iri, String label) {}

    static final int MAX_CANDIDATES = 10;

    private static final String LABELS = "PREFIX ng: <" + NG.NS + ">\n" + """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?x ?label WHERE {
              ?x dcterms:title|skos:prefLabel|skos:altLabel|rdfs:label|ng:path ?label .
              FILTER (isIRI(?x) && CONTAINS(LCASE(STR(?label)), ?word))
            }""";

    private final DatasetGraph dsg;
    private final java.time.Duration timeout;

    /** Resolves without a time limit (the CLI's {@code map}). */
    public FocusResolver(DatasetGraph dsg) { this(dsg, null); }

    /** Resolves with every query stopped after {@code timeout} (the server's limit), none when null. */
    public FocusResolver(DatasetGraph dsg, java.time.Duration timeout) {
        this.dsg = dsg;
        this.timeout = timeout;
    }

    /** The best matches first (at most {@value #MAX_CANDIDATES}); empty when nothing matches. */
    public List<Candidate> resolve(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) return List.of();
        return Txn.calculateRead(dsg, () -> {
            if (looksLikeIri(q) && NodeFacts.inDataset(dsg, q)) return List.of(new Candidate(q, q));
            List<String> words = words(q);
            if (words.isEmpty()) return List.of();
            String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            ParameterizedSparqlString pq = new ParameterizedSparqlString(LABELS);
            pq.setLiteral("word", longest);
            Map<String, String> best = new LinkedHashMap<>();
            String wanted = String.join(" ", words);
            try (QueryExec qe = EdgeTable.limited(QueryExec.dataset(dsg).query(pq.asQuery()), timeout).build()) {
                qe.select().forEachRemaining(b -> {
                    String label = b.get("label").getLiteralLexicalForm();
                    String norm = String.join(" ", words(label));
                    if (!(" " + norm + " ").contains(" " + wanted + " ") && !words(label).containsAll(words)) return;
                    String iri = b.get("x").getURI();
                    best.merge(iri, label, (a, c) -> rank(c, wanted) < rank(a, wanted) ? c : a);
                });
            }
            if (best.isEmpty()) return List.of();
            Set<String> connected = new HashSet<>();
            for (MapEdge e : EdgeTable.read(dsg, timeout).edges()) {
                connected.add(e.source());
                connected.add(e.target());
            }
            List<Candidate> out = new ArrayList<>();
            best.forEach((iri, label) -> out.add(new Candidate(iri, label)));
            out.sort(Comparator.comparingInt((Candidate c) -> rank(c.label(), wanted))
                    .thenComparing(c -> !connected.contains(c.iri()))
                    .thenComparingInt(c -> kindRank(c.iri()))
                    .thenComparingInt(c -> c.label().length())
                    .thenComparing(Candidate::iri));
            return List.copyOf(out.subList(0, Math.min(MAX_CANDIDATES, out.size())));
        });
    }

    /** Papers first, then concepts, claims, notes, anything else. */
    private int kindRank(String iri) {
        Node n = NodeFactory.createURI(iri);
        List<Node> order = List.of(NG.Paper, SKOS.Concept.asNode(), NG.Claim, NG.Note);
        for (int i = 0; i < order.size(); i++) if (dsg.find(Node.ANY, n, RDF.type.asNode(), order.get(i)).hasNext()) return i;
        return order.size();
    }

    /** 0 for a label that is exactly the words, 1 for one that holds them as a phrase, 2 for one that holds them all. */
    private static int rank(String label, String wanted) {
        String norm = String.join(" ", words(label));
        if (norm.equals(wanted)) return 0;
        return (" " + norm + " ").contains(" " + wanted + " ") ? 1 : 2;
    }

    /** Lower-case words, punctuation and hyphens as spaces. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static boolean looksLikeIri(String s) {
        try {
            return s.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !s.contains(" ") && IRIs.check(s);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
