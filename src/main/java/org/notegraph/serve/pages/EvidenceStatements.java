package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.notegraph.model.Relation;
import org.notegraph.rdf.NG;
import org.notegraph.serve.pages.Views.EvidenceCount;
import org.notegraph.serve.pages.Views.EvidenceRow;
import org.notegraph.serve.pages.Views.Link;
import org.notegraph.serve.pages.Views.PaperEvidence;

/**
 * A paper's evidence in the notes (a "personal scite"), counted as {@code queries/paper-evidence.rq}
 * counts it: the supports, disputes, extends and uses statements whose object is the paper or a
 * claim attributed to it and whose subject is something else ("in": supported by, ...), and those
 * whose subject is the paper ("out": supports, ...). The counts and the lists behind them come from
 * one query, so a count always is the length of its list. Read inside a read transaction.
 */
final class EvidenceStatements {
    static final List<Relation> COUNTED = List.of(Relation.SUPPORTS, Relation.DISPUTES, Relation.EXTENDS, Relation.USES);
    static final int MAX_ROWS = 500;

    private static final String STATEMENTS = "PREFIX ng: <" + NG.NS + ">\n" + """
            SELECT DISTINCT ?st ?dir ?rel ?s ?o ?sText ?oText ?evidence ?note ?path ?line ?end ?confidence ?rule WHERE {
              { ?st ng:object ?r . BIND ("in" AS ?dir) }
              UNION { ?claim ng:attributedTo ?r . ?st ng:object ?claim . BIND ("in" AS ?dir) }
              UNION { ?st ng:subject ?r . BIND ("out" AS ?dir) }
              ?st a ng:RelationStatement ; ng:relation ?rel .
              FILTER (?rel IN (ng:supports, ng:disputes, ng:extends, ng:uses))
              FILTER (?dir = "out" || NOT EXISTS { ?st ng:subject ?r })
              ?st ng:inNote ?note ; ng:line ?line .
              ?note ng:path ?path .
              OPTIONAL { ?st ng:endLine ?end }
              OPTIONAL { ?st ng:confidence ?confidence }
              OPTIONAL { ?st ng:rule ?rule }
              OPTIONAL { ?st ng:subject ?s }
              OPTIONAL { ?st ng:object ?o }
              OPTIONAL { ?st ng:subjectText ?sText }
              OPTIONAL { ?st ng:objectText ?oText }
              OPTIONAL { ?st ng:evidence ?evidence }
            } ORDER BY ?rel ?dir ?path ?line ?st
            """;

    private final PageQueries queries;
    private final Site site;
    private final Function<Node, Link> link;

    EvidenceStatements(PageQueries queries, Site site, Function<Node, Link> link) {
        this.queries = queries;
        this.site = site;
        this.link = link;
    }

    /** Whether the statement is "about" the paper ({@code in}) or made by it. */
    static String label(Relation relation, boolean in) {
        return in ? relation.inverseLabel() : relation.label();
    }

    /** The page listing one count's statements. */
    static String href(String paper, Relation relation, boolean in) {
        return Site.EVIDENCE + "?iri=" + Site.encode(paper) + "&relation=" + relation.label() + "&direction=" + (in ? "in" : "out");
    }

    PaperEvidence counts(Node paper) {
        List<Binding> rows = select(paper);
        return new PaperEvidence(counts(paper, rows, true), counts(paper, rows, false));
    }

    private static List<EvidenceCount> counts(Node paper, List<Binding> rows, boolean in) {
        List<EvidenceCount> out = new ArrayList<>();
        for (Relation r : COUNTED) {
            long n = rows.stream().filter(b -> matches(b, r, in)).count();
            out.add(new EvidenceCount(label(r, in), n, href(paper.getURI(), r, in)));
        }
        return out;
    }

    /** The statements behind one count (at most {@link #MAX_ROWS}). */
    List<EvidenceRow> list(Node paper, Relation relation, boolean in) {
        List<EvidenceRow> out = new ArrayList<>();
        for (Binding b : select(paper)) {
            if (!matches(b, relation, in) || out.size() >= MAX_ROWS) continue;
            Link statement = link.apply(b.get("st"));
            Node quote = b.get("evidence");
            out.add(new EvidenceRow(end(b.get("s"), b.get("sText")), relation.label(), end(b.get("o"), b.get("oText")),
                    StatedAt.evidence(site, b, quote == null ? null : quote.getLiteralLexicalForm(), statement)));
        }
        return out;
    }

    /** The relation named so ("supports") if it is one of those counted. */
    static Optional<Relation> counted(String name) {
        return Relation.named(name == null ? "" : name).filter(COUNTED::contains);
    }

    private static boolean matches(Binding b, Relation r, boolean in) {
        return b.get("rel").getURI().equals(r.iri()) && b.get("dir").getLiteralLexicalForm().equals(in ? "in" : "out");
    }

    private Link end(Node resolved, Node written) {
        if (resolved != null) return link.apply(resolved);
        return new Link(null, written == null ? "(not resolved)" : written.getLiteralLexicalForm(), null);
    }

    private List<Binding> select(Node paper) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(STATEMENTS);
        q.setParam("r", paper);
        return queries.select(q.asQuery());
    }
}
