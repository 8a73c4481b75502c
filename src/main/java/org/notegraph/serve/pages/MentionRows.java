package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.notegraph.model.Relation;
import org.notegraph.rdf.NG;
import org.notegraph.serve.pages.Views.MentionRow;

/**
 * The "In notes" boxes of a resource page: everything a note states at a line that points at the
 * resource (paper and concept mentions, claims, relation statements, wikilinks, fields), each with
 * what it is and the note's own words, so no box is empty: a paper mention its title and item text,
 * a concept mention the words as written (its concept's preferred label when the mapper left them
 * out as the same) and the line they stand in, a claim or statement the
 * sentence it was read from. Read inside the page's read transaction.
 */
final class MentionRows {
    static final int MAX = ResourcePage.MAX_MENTIONS;

    private static final String MENTIONS = Labels.SPARQL_PREFIXES + """
            SELECT DISTINCT ?m ?note ?path ?line ?end ?title ?body ?kind ?written ?quote ?rel ?key ?value ?pmBody ?pmLine WHERE {
              { ?m ?p ?r } UNION { BIND (?r AS ?m) }
              ?m ng:inNote ?note ; ng:line ?line .
              ?note ng:path ?path .
              OPTIONAL { ?m ng:endLine ?end }
              OPTIONAL { ?m ng:titleAsWritten ?title }
              OPTIONAL { ?m ng:body ?body }
              OPTIONAL { ?m a ?kind . FILTER (?kind IN (ng:PaperMention, ng:ConceptMention, ng:Claim, ng:RelationStatement, ng:WikiLink, ng:NoteField)) }
              OPTIONAL { ?m ng:textAsWritten|ng:linkTarget ?asWritten }
              OPTIONAL { ?m a ng:ConceptMention ; oa:hasBody/<http://www.w3.org/2004/02/skos/core#prefLabel> ?prefLabel }
              BIND (COALESCE(?asWritten, ?prefLabel) AS ?written)
              OPTIONAL { ?m ng:evidence ?quote }
              OPTIONAL { ?m ng:relation ?rel }
              OPTIONAL { ?m ng:fieldKey ?key ; ng:fieldValue ?value }
              OPTIONAL { ?m ng:inPaperMention ?pm . ?pm ng:body ?pmBody ; ng:line ?pmLine }
            } ORDER BY ?path ?line ?m LIMIT %d
            """.formatted(MAX + 1);

    /** What each kind of box is called. */
    private static final Map<Node, String> KINDS = Map.of(NG.PaperMention, "paper mention", NG.ConceptMention, "concept mention",
            NG.Claim, "claim", NG.RelationStatement, "statement", NG.WikiLink, "wikilink", NG.NoteField, "field");

    private final PageQueries queries;
    private final Labels labels;

    MentionRows(PageQueries queries, Labels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    /** At most {@link #MAX} + 1 rows (one more tells the page the list was cut). */
    List<MentionRow> of(Node r) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(MENTIONS);
        q.setParam("r", r);
        Map<Node, List<Binding>> byMention = new LinkedHashMap<>();
        for (Binding b : queries.select(q.asQuery())) byMention.computeIfAbsent(b.get("m"), k -> new ArrayList<>()).add(b);
        List<MentionRow> rows = new ArrayList<>();
        for (List<Binding> bindings : byMention.values()) rows.add(row(bindings));
        return rows;
    }

    /**
     * One box per mention. The first row says enough for every kind but a concept mention, whose
     * node stands for each line of its record the concept is named on: its box gives them all.
     */
    private MentionRow row(List<Binding> bindings) {
        Binding b = bindings.get(0);
        String where = Labels.where(b.get("path"), b.get("line"), b.get("end"));
        Node kindNode = b.get("kind");
        String kind = kindNode == null ? "mention" : KINDS.getOrDefault(kindNode, "mention");
        String title = text(b.get("title"));
        String body = text(b.get("body"));
        String quote = text(b.get("quote"));
        String written = text(b.get("written"));
        if (NG.ConceptMention.equals(kindNode)) {
            Set<String> wordings = new LinkedHashSet<>();
            Set<String> lines = new LinkedHashSet<>();
            Set<String> quoted = new LinkedHashSet<>();
            for (Binding row : bindings) {
                if (row.get("written") != null) wordings.add(text(row.get("written")));
                if (row.get("line") != null) lines.add(row.get("line").getLiteralLexicalForm());
                String line = lineOf(text(row.get("pmBody")), row.get("pmLine"), row.get("line"));
                if (line != null) quoted.add(line);
            }
            title = wordings.isEmpty() ? written : String.join(" / ", wordings);
            if (lines.size() > 1) where = b.get("path").getLiteralLexicalForm() + ":" + String.join(",", lines);
            quote = quoted.isEmpty() ? null : String.join(" … ", quoted);
        } else if (NG.Claim.equals(kindNode) && quote == null) {
            quote = labels.of(b.get("m"));
        } else if (NG.RelationStatement.equals(kindNode) && b.get("rel") != null) {
            title = Relation.ofIri(b.get("rel").getURI()).map(Relation::label).orElse(null);
        } else if (NG.WikiLink.equals(kindNode) && written != null) {
            title = "[[" + written + "]]";
        } else if (NG.NoteField.equals(kindNode) && b.get("key") != null) {
            title = text(b.get("key")) + ": " + text(b.get("value"));
        }
        if (title == null && body == null && quote == null) quote = written != null ? written : labels.of(b.get("m"));
        return new MentionRow(labels.link(b.get("m")), labels.link(b.get("note")), where, title, body, kind, quote);
    }

    /** The line of an item's text that a concept mention stands in, or null when it is not there. */
    static String lineOf(String itemText, Node itemLine, Node line) {
        if (itemText == null || itemLine == null || line == null) return null;
        try {
            int i = Integer.parseInt(line.getLiteralLexicalForm()) - Integer.parseInt(itemLine.getLiteralLexicalForm());
            String[] lines = itemText.split("\n", -1);
            return i >= 0 && i < lines.length && !lines[i].isBlank() ? lines[i].strip() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
