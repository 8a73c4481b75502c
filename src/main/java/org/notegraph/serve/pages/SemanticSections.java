package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.model.Relation;
import org.notegraph.rdf.NG;
import org.notegraph.serve.pages.Views.ClaimView;
import org.notegraph.serve.pages.Views.Evidence;
import org.notegraph.serve.pages.Views.Link;
import org.notegraph.serve.pages.Views.PaperEvidence;
import org.notegraph.serve.pages.Views.Ranked;
import org.notegraph.serve.pages.Views.RelationGroup;
import org.notegraph.serve.pages.Views.RelationRow;
import org.notegraph.serve.pages.Views.Semantics;
import org.notegraph.serve.pages.Views.StatementView;

/**
 * The semantic layer's part of a resource page, read inside the page's read transaction: the
 * typed relations the resource takes part in (from the relation statements, as
 * {@code queries/relations.rq} reads them), the claim or statement the resource is, and for a
 * concept the papers whose notes name it. The resource is bound into each query with
 * {@link ParameterizedSparqlString}, never written into its text.
 */
final class SemanticSections {
    static final int MAX_RELATIONS = 500;
    static final int MAX_NAMED_BY = 100;

    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n" + """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    /** Where and how the statement or claim ?st was read: the columns {@link #evidence} reads. */
    private static final String STATED = """
              ?st ng:inNote ?note ; ng:line ?line .
              ?note ng:path ?path .
              OPTIONAL { ?st ng:endLine ?end }
              OPTIONAL { ?st ng:confidence ?confidence }
              OPTIONAL { ?st ng:rule ?rule }
            """;

    /**
     * The statements with ?r as subject ("out"), as object ("in"), or ?r itself ("self"). The
     * order only makes the cut at the limit the same on every run; the page sorts by label.
     */
    static final String RELATIONS = (PREFIXES + """
            SELECT DISTINCT ?st ?dir ?rel ?s ?o ?sText ?oText ?evidence ?note ?path ?line ?end ?confidence ?rule WHERE {
              { ?st ng:subject ?r . BIND ("out" AS ?dir) }
              UNION { ?st ng:object ?r . BIND ("in" AS ?dir) }
              UNION { ?r a ng:RelationStatement . BIND (?r AS ?st) BIND ("self" AS ?dir) }
              ?st a ng:RelationStatement ; ng:relation ?rel .
            """ + STATED + """
              OPTIONAL { ?st ng:subject ?s }
              OPTIONAL { ?st ng:object ?o }
              OPTIONAL { ?st ng:subjectText ?sText }
              OPTIONAL { ?st ng:objectText ?oText }
              OPTIONAL { ?st ng:evidence ?evidence }
            } ORDER BY ?rel ?dir ?path ?line ?st LIMIT %d
            """).formatted(MAX_RELATIONS + 1);

    /** The claim ?r (quoted by the sentence it was read from): one row per concept it is about. */
    static final String CLAIM = PREFIXES + """
            SELECT ?text ?stance ?about ?paper ?note ?path ?line ?end ?confidence ?rule WHERE {
              ?r a ng:Claim . BIND (?r AS ?st)
            """ + STATED + """
              OPTIONAL { ?st ng:evidence ?sentence }
              OPTIONAL { ?st rdfs:label ?label }
              BIND (COALESCE(?sentence, ?label) AS ?text)
              OPTIONAL { ?st ng:stance ?stance }
              OPTIONAL { ?st ng:attributedTo ?paper }
              OPTIONAL { ?st ng:about ?about }
            } ORDER BY ?about
            """;

    /** The papers in whose item or section a note names the concept ?r, with how many times. */
    static final String NAMED_BY = PREFIXES + """
            SELECT ?x (COUNT(DISTINCT ?cm) AS ?n) WHERE {
              ?cm oa:hasBody ?r ; a ng:ConceptMention ; ng:inPaperMention ?pm .
              ?pm oa:hasBody ?x .
            } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d
            """.formatted(MAX_NAMED_BY + 1);

    private final PageQueries queries;
    private final Site site;
    private final Function<Node, Link> link;

    /** {@code link} makes a resource's link with its label (the page's own label cache). */
    SemanticSections(PageQueries queries, Site site, Function<Node, Link> link) {
        this.queries = queries;
        this.site = site;
        this.link = link;
    }

    Semantics read(Node r, Set<Node> types) {
        ClaimView claim = types.contains(NG.Claim) ? claim(r) : null;
        List<Row> rows = select(RELATIONS, r).stream().map(this::row).toList();
        boolean truncated = rows.size() > MAX_RELATIONS;
        if (truncated) rows = rows.subList(0, MAX_RELATIONS);
        StatementView statement = null;
        Map<GroupKey, List<RelationRow>> groups = new TreeMap<>(GROUP_ORDER);
        for (Row row : rows) {
            if (row.dir.equals("self")) {
                statement = new StatementView(row.subject, row.relation, row.object, row.evidence);
                continue;
            }
            boolean outgoing = row.dir.equals("out");
            groups.computeIfAbsent(new GroupKey(row.relation, outgoing), k -> new ArrayList<>())
                    .add(new RelationRow(outgoing ? row.object : row.subject, row.evidence));
        }
        List<RelationGroup> relations = new ArrayList<>();
        groups.forEach((key, members) -> {
            List<RelationRow> sorted = new ArrayList<>(members);
            sorted.sort(ROW_ORDER);
            relations.add(new RelationGroup(key.relation, key.outgoing, heading(key.relation, key.outgoing), sorted));
        });
        List<Ranked> namedBy = new ArrayList<>();
        if (types.contains(SKOS.Concept.asNode())) {
            for (Binding b : select(NAMED_BY, r)) namedBy.add(new Ranked(link.apply(b.get("x")), Long.parseLong(b.get("n").getLiteralLexicalForm())));
        }
        boolean namedByTruncated = namedBy.size() > MAX_NAMED_BY;
        if (namedByTruncated) namedBy = namedBy.subList(0, MAX_NAMED_BY);
        PaperEvidence evidence = types.contains(NG.Paper) ? new EvidenceStatements(queries, site, link).counts(r) : null;
        return new Semantics(claim, statement, relations, truncated, namedBy, namedByTruncated, evidence);
    }

    /** By the other end's label, then where it was stated, then the statement's IRI. */
    private static final Comparator<RelationRow> ROW_ORDER = Comparator
            .comparing((RelationRow row) -> row.other().text().toLowerCase(Locale.ROOT))
            .thenComparing(row -> row.other().text())
            .thenComparing(row -> row.evidence().where().text())
            .thenComparing(row -> row.evidence().statement().iri());

    private record GroupKey(String relation, boolean outgoing) {}

    /** Groups in the order of the relations (proposes, extends, ...), each outgoing before incoming. */
    private static final Comparator<GroupKey> GROUP_ORDER = Comparator
            .comparingInt((GroupKey k) -> Relation.named(k.relation).map(Relation::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(GroupKey::relation)
            .thenComparing(k -> !k.outgoing);

    static String heading(String relation, boolean outgoing) {
        return outgoing ? relation + " →" : "← " + inverse(relation);
    }

    /** "extends" read from its object: "extended by". */
    static String inverse(String relation) {
        return Relation.named(relation).map(Relation::inverseLabel).orElse(relation + " (from)");
    }

    /** One statement as the query gave it, its ends linked (or, unresolved, as the note wrote them). */
    private record Row(String dir, String relation, Link subject, Link object, Evidence evidence) {}

    private Row row(Binding b) {
        String rel = b.get("rel").getURI();
        String relation = Relation.ofIri(rel).map(Relation::label)
                .orElse(rel.substring(Math.max(rel.lastIndexOf('#'), rel.lastIndexOf('/')) + 1));
        String dir = b.get("dir").getLiteralLexicalForm();
        Link statement = dir.equals("self") ? null : link.apply(b.get("st"));
        Evidence evidence = evidence(b, text(b.get("evidence")), statement);
        return new Row(dir, relation, end(b.get("s"), b.get("sText")),
                end(b.get("o"), b.get("oText")), evidence);
    }

    private Link end(Node resolved, Node written) {
        if (resolved != null) return link.apply(resolved);
        return new Link(null, written == null ? "(not resolved)" : written.getLiteralLexicalForm(), null);
    }

    private ClaimView claim(Node r) {
        List<Binding> rows = select(CLAIM, r);
        if (rows.isEmpty()) return null;
        Binding first = rows.get(0);
        List<Link> about = new ArrayList<>();
        rows.stream().map(b -> b.get("about")).filter(Objects::nonNull).distinct().forEach(a -> about.add(link.apply(a)));
        about.sort(Comparator.comparing((Link l) -> l.text().toLowerCase(Locale.ROOT)).thenComparing(Link::iri));
        Node paper = first.get("paper");
        return new ClaimView(text(first.get("stance")), about, paper == null ? null : link.apply(paper),
                evidence(first, text(first.get("text")), null));
    }

    /** The evidence columns every statement and claim has: ?note ?path ?line ?end ?confidence ?rule. */
    private Evidence evidence(Binding b, String quote, Link statement) {
        return StatedAt.evidence(site, b, quote, statement);
    }


    private static String text(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private List<Binding> select(String query, Node r) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setParam("r", r);
        return queries.select(q.asQuery());
    }
}
