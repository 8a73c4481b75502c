package org.notegraph.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.notegraph.model.Relation;
import org.notegraph.rdf.NG;

/**
 * Every edge a map can draw, read from the dataset (its union default graph) inside the caller's
 * read transaction: the relation statements with resolved ends, what each claim is about and the
 * paper it is attributed to, which note mentions which paper (its first mention in that note), and
 * the wikilinks (a dangling one to a ghost named by its target). Attachments are no edges.
 */
final class EdgeTable {
    static final String MENTIONS = "mentions";
    static final String LINKS_TO = "linksTo";
    static final String ABOUT = "about";
    static final String ATTRIBUTED_TO = "attributedTo";
    /** The id prefix of a ghost node for a wikilink nothing answers, followed by its target in lower case. */
    static final String UNRESOLVED = "unresolved:";

    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n" + """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    /** Where ?st was stated: note, path, line and, optionally, end line, confidence and rule. */
    private static final String STATED = """
              ?st ng:inNote ?note ; ng:line ?line . ?note ng:path ?path .
              OPTIONAL { ?st ng:endLine ?end } OPTIONAL { ?st ng:confidence ?confidence } OPTIONAL { ?st ng:rule ?rule }
            """;

    private static final String RELATIONS = PREFIXES + """
            SELECT ?st ?rel ?s ?o ?note ?path ?line ?end ?confidence ?rule ?quote WHERE {
              ?st a ng:RelationStatement ; ng:relation ?rel ; ng:subject ?s ; ng:object ?o .
            """ + STATED + """
              OPTIONAL { ?st ng:evidence ?quote }
            }""";

    private static final String CLAIMS = PREFIXES + """
            SELECT ?st ?kind ?o ?note ?path ?line ?end ?confidence ?rule ?quote WHERE {
              ?st a ng:Claim .
              { ?st ng:about ?o . BIND ("about" AS ?kind) } UNION { ?st ng:attributedTo ?o . BIND ("attributedTo" AS ?kind) }
            """ + STATED + """
              OPTIONAL { ?st ng:evidence ?sentence } OPTIONAL { ?st rdfs:label ?label }
              BIND (COALESCE(?sentence, ?label) AS ?quote)
            }""";

    private static final String PAPER_MENTIONS = PREFIXES + """
            SELECT ?st ?o ?note ?path ?line ?end ?confidence ?rule ?quote WHERE {
              ?st a ng:PaperMention ; oa:hasBody ?o .
            """ + STATED + """
              OPTIONAL { ?st ng:titleAsWritten ?quote }
            }""";

    private static final String WIKILINKS = PREFIXES + """
            SELECT ?st ?o ?kind ?target ?note ?path ?line ?end ?confidence ?rule WHERE {
              ?st a ng:WikiLink ; ng:linkTarget ?target .
            """ + STATED + """
              OPTIONAL { ?st ng:targetKind ?kind } OPTIONAL { ?st ng:linksTo ?o }
            }""";

    private final List<MapEdge> edges;

    private EdgeTable(List<MapEdge> edges) { this.edges = List.copyOf(edges); }

    List<MapEdge> edges() { return edges; }

    /** Reads the table; call inside a read transaction on {@code dsg}. */
    static EdgeTable read(DatasetGraph dsg) { return read(dsg, null); }

    /**
     * Reads the table, each of its queries stopped after {@code timeout} (none when null) with
     * Jena's {@link org.apache.jena.query.QueryCancelledException}; inside a read transaction.
     */
    static EdgeTable read(DatasetGraph dsg, java.time.Duration timeout) {
        Map<String, MapEdge> byId = new LinkedHashMap<>();
        for (Binding b : select(dsg, RELATIONS, timeout)) {
            String rel = b.get("rel").getURI();
            String name = Relation.ofIri(rel).map(Relation::label).orElse(rel.substring(Math.max(rel.lastIndexOf('#'), rel.lastIndexOf('/')) + 1));
            String st = b.get("st").getURI();
            byId.putIfAbsent(st, edge(st, st, b.get("s").getURI(), b.get("o").getURI(), name, b));
        }
        for (Binding b : select(dsg, CLAIMS, timeout)) {
            String st = b.get("st").getURI();
            String kind = b.get("kind").getLiteralLexicalForm();
            String o = b.get("o").getURI();
            byId.putIfAbsent(st + " " + kind + " " + o, edge(st + " " + kind + " " + o, st, st, o, kind, b));
        }
        // One mention edge per note and paper: the paper's first mention in the note.
        Map<String, MapEdge> firstMention = new HashMap<>();
        for (Binding b : select(dsg, PAPER_MENTIONS, timeout)) {
            String note = b.get("note").getURI();
            String paper = b.get("o").getURI();
            String key = note + " " + MENTIONS + " " + paper;
            MapEdge e = edge(key, b.get("st").getURI(), note, paper, MENTIONS, b);
            firstMention.merge(key, e, (a, c) -> c.line() < a.line() || (c.line() == a.line() && c.statement().compareTo(a.statement()) < 0) ? c : a);
        }
        firstMention.values().stream().sorted(java.util.Comparator.comparing(MapEdge::id)).forEach(e -> byId.put(e.id(), e));
        for (Binding b : select(dsg, WIKILINKS, timeout)) {
            String kind = text(b.get("kind"));
            if ("attachment".equals(kind)) continue;
            String note = b.get("note").getURI();
            String written = text(b.get("target"));
            String target = b.get("o") != null && b.get("o").isURI() ? b.get("o").getURI() : UNRESOLVED + written.strip().toLowerCase(Locale.ROOT);
            if (target.equals(note)) continue;
            String st = b.get("st").getURI();
            byId.putIfAbsent(st, edge(st, st, note, target, LINKS_TO, b, "[[" + written + "]]"));
        }
        return new EdgeTable(new ArrayList<>(byId.values()));
    }

    private static MapEdge edge(String id, String statement, String s, String o, String relation, Binding b) {
        return edge(id, statement, s, o, relation, b, text(b.get("quote")));
    }

    private static MapEdge edge(String id, String statement, String s, String o, String relation, Binding b, String quote) {
        int line = Integer.parseInt(b.get("line").getLiteralLexicalForm());
        Node end = b.get("end");
        Node confidence = b.get("confidence");
        return new MapEdge(id, statement, s, o, relation, quote, b.get("note").getURI(), b.get("path").getLiteralLexicalForm(),
                line, end == null ? line : Integer.parseInt(end.getLiteralLexicalForm()),
                confidence == null ? null : Double.valueOf(confidence.getLiteralLexicalForm()), text(b.get("rule")));
    }

    private static String text(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static List<Binding> select(DatasetGraph dsg, String query, java.time.Duration timeout) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = limited(QueryExec.dataset(dsg).query(query), timeout).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The builder with the time limit set, when there is one. */
    static org.apache.jena.sparql.exec.QueryExecBuilder limited(org.apache.jena.sparql.exec.QueryExecBuilder b,
            java.time.Duration timeout) {
        return timeout == null ? b : b.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
