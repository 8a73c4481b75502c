package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.query.NamedQueries;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Prefixes;
import org.notegraph.serve.pages.Views.Count;
import org.notegraph.serve.pages.Views.HomeView;
import org.notegraph.serve.pages.Views.IncomingRow;
import org.notegraph.serve.pages.Views.Link;
import org.notegraph.serve.pages.Views.MentionRow;
import org.notegraph.serve.pages.Views.PropertyRow;
import org.notegraph.serve.pages.Views.QueryLink;
import org.notegraph.serve.pages.Views.Ranked;
import org.notegraph.serve.pages.Views.ResourceView;
import org.notegraph.serve.pages.Views.SearchHit;
import org.notegraph.serve.pages.Views.SearchView;
import org.notegraph.serve.pages.Views.Semantics;
import org.notegraph.serve.pages.Views.Value;

/**
 * Reads what the pages show from the dataset (the union of all graphs), each page in one read
 * transaction. Knows the notegraph model only as far as labels, mentions and counts go; every
 * other property is shown as it is.
 */
public final class PageData {
    static final int MAX_INCOMING = 300;
    static final int MAX_MENTIONS = 200;
    static final int MAX_VALUES = 500;
    static final int TOP = 15;

    /** Label predicates, best first. */
    private static final List<Node> LABELS = List.of(DCTerms.title.asNode(), RDFS.label.asNode(), FOAF.name.asNode(),
            SKOS.prefLabel.asNode(), NG.titleAsWritten, NG.path);

    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n" + """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    private static final String MENTIONS = PREFIXES + """
            SELECT DISTINCT ?m ?note ?path ?line ?end ?title ?body WHERE {
              { ?m ?p ?r } UNION { BIND (?r AS ?m) }
              ?m ng:inNote ?note ; ng:line ?line .
              ?note ng:path ?path .
              OPTIONAL { ?m ng:endLine ?end }
              OPTIONAL { ?m ng:titleAsWritten ?title }
              OPTIONAL { ?m ng:body ?body }
            } ORDER BY ?path ?line ?m LIMIT %d
            """.formatted(MAX_MENTIONS + 1);

    private static final String TOP_PAPERS = PREFIXES + """
            SELECT ?x (MAX(?c) AS ?n) WHERE { ?x a ng:Paper ; ng:mentionCount ?c }
            GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d
            """.formatted(TOP);

    private static final String TOP_AUTHORS = PREFIXES + """
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

    /** The search query's placeholder line, replaced by the words searched for. */
    static final String SEARCH_WORDS_LINE = "VALUES ?words { \"attention\" }";

    private final DatasetGraph dsg;
    private final Site site;
    private final PrefixMapping prefixes;

    public PageData(DatasetGraph dsg, Site site) {
        this.dsg = dsg;
        this.site = site;
        this.prefixes = Prefixes.standard(site.base());
    }

    public Site site() { return site; }

    /** Whether the dataset says anything about the IRI, or points at it. */
    public boolean exists(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()
                || dsg.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext());
    }

    /** The triples about a resource (it as subject), from all graphs, for the RDF formats. */
    public Graph description(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(prefixes);
            dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    public ResourceView resource(String iri) {
        Node r = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels();
            // Outgoing, de-duplicated across graphs, grouped by predicate.
            Map<Node, Set<Node>> out = new TreeMap<>(Comparator.comparing(this::predicateOrder));
            Iterator<Quad> it = dsg.find(Node.ANY, r, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Set<Node> values = out.computeIfAbsent(q.getPredicate(), k -> new LinkedHashSet<>());
                if (values.size() < MAX_VALUES) values.add(q.getObject());
            }
            List<Link> types = new ArrayList<>();
            Set<Node> typeNodes = out.getOrDefault(RDF.type.asNode(), Set.of());
            for (Node t : typeNodes) types.add(link(t, labels));
            List<PropertyRow> properties = new ArrayList<>();
            for (Map.Entry<Node, Set<Node>> e : out.entrySet()) {
                List<Value> values = new ArrayList<>();
                List<Node> sorted = new ArrayList<>(e.getValue());
                sorted.sort(Comparator.comparing(PageData::sortKey));
                for (Node v : sorted) values.add(value(e.getKey(), v, labels));
                properties.add(new PropertyRow(predicateLink(e.getKey(), labels), values));
            }
            // Incoming links.
            Set<Triple> in = new LinkedHashSet<>();
            Iterator<Quad> back = dsg.find(Node.ANY, Node.ANY, Node.ANY, r);
            while (back.hasNext() && in.size() <= MAX_INCOMING) in.add(back.next().asTriple());
            boolean incomingTruncated = in.size() > MAX_INCOMING;
            List<IncomingRow> incoming = new ArrayList<>();
            in.stream().limit(MAX_INCOMING)
                    .sorted(Comparator.comparing((Triple t) -> predicateOrder(t.getPredicate())).thenComparing(t -> sortKey(t.getSubject())))
                    .forEach(t -> incoming.add(new IncomingRow(link(t.getSubject(), labels), predicateLink(t.getPredicate(), labels))));
            // The notes that mention it.
            List<MentionRow> mentions = mentions(r, labels);
            boolean mentionsTruncated = mentions.size() > MAX_MENTIONS;
            if (mentionsTruncated) mentions = mentions.subList(0, MAX_MENTIONS);

            // Relations with their evidence, the claim or statement it is, the papers that name it.
            Semantics semantics = new SemanticSections(dsg, site, n -> link(n, labels)).read(r, typeNodes);

            String external = httpAddress(iri);
            List<Link> formats = List.of(
                    new Link(formatHref(iri, "ttl"), "Turtle", null),
                    new Link(formatHref(iri, "jsonld"), "JSON-LD", null),
                    new Link(formatHref(iri, "nt"), "N-Triples", null));
            String describe = "DESCRIBE <" + iri + ">";
            String query = "SELECT ?p ?o ?g WHERE {\n  { <" + iri + "> ?p ?o } UNION { GRAPH ?g { <" + iri + "> ?p ?o } }\n} ORDER BY ?p ?o ?g";
            return new ResourceView(iri, labels.of(r), types, properties, incoming, incomingTruncated, mentions,
                    mentionsTruncated, semantics, external, formats, site.queryEditor(out.isEmpty() ? describe : query));
        });
    }

    private String formatHref(String iri, String format) {
        return Site.PAGE + "?iri=" + Site.encode(iri) + "&format=" + format;
    }

    private List<MentionRow> mentions(Node r, Labels labels) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(MENTIONS);
        q.setParam("r", r);
        List<MentionRow> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q.asQuery()).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                String where = where(b.get("path"), b.get("line"), b.get("end"));
                Node title = b.get("title");
                Node body = b.get("body");
                rows.add(new MentionRow(link(b.get("m"), labels), link(b.get("note"), labels), where,
                        title == null ? null : title.getLiteralLexicalForm(), body == null ? null : body.getLiteralLexicalForm()));
            }
        }
        return rows;
    }

    /** "x.md:12", or "x.md:12-14" when it spans lines. */
    static String where(Node path, Node line, Node end) {
        String l = line.getLiteralLexicalForm();
        return path.getLiteralLexicalForm() + ":" + l + (end != null && !end.getLiteralLexicalForm().equals(l) ? "-" + end.getLiteralLexicalForm() : "");
    }

    public HomeView home() {
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels();
            List<Count> counts = new ArrayList<>();
            for (Map.Entry<String, String> e : COUNTED.entrySet()) {
                String count = PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a " + e.getValue() + " }";
                String list = PREFIXES + "SELECT ?x ?label WHERE {\n  ?x a " + e.getValue()
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
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rs = qe.select();
            if (!rs.hasNext()) return 0;
            Node n = rs.next().get("n");
            return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
        }
    }

    private List<Ranked> ranked(String query, Labels labels) {
        List<Ranked> list = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            qe.select().forEachRemaining(b -> list.add(new Ranked(link(b.get("x"), labels),
                    Long.parseLong(b.get("n").getLiteralLexicalForm()))));
        }
        return list;
    }

    /** Full-text search with {@code queries/search.rq}, the words put in its VALUES line. */
    public SearchView search(String words) {
        String text = searchQuery(words);
        String editor = site.queryEditor(text);
        if (words == null || words.isBlank()) return new SearchView("", null, List.of(), editor);
        try {
            return Txn.calculateRead(dsg, () -> {
                Labels labels = new Labels();
                List<SearchHit> hits = new ArrayList<>();
                try (QueryExec qe = QueryExec.dataset(dsg).query(text).build()) {
                    qe.select().forEachRemaining(b -> {
                        Node hit = b.get("hit");
                        Node label = b.get("label");
                        Node kind = b.get("kind");
                        Node score = b.get("score");
                        Node paper = b.get("paper");
                        Node note = b.get("note");
                        Node line = b.get("line");
                        Link hitLink = label == null ? link(hit, labels) : new Link(site.href(hit.getURI()), label.getLiteralLexicalForm(), hit.getURI());
                        Link noteLink = null;
                        String where = null;
                        if (note != null) {
                            where = note.getLiteralLexicalForm() + (line == null ? "" : ":" + line.getLiteralLexicalForm());
                            Node noteIri = noteOf(hit);
                            if (noteIri != null) noteLink = new Link(site.href(noteIri.getURI()), where, noteIri.getURI());
                        }
                        hits.add(new SearchHit(hitLink, kind == null ? "" : kind.getLiteralLexicalForm(),
                                score == null ? "" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(score.getLiteralLexicalForm())),
                                paper == null ? null : link(paper, labels), noteLink, where));
                    });
                }
                return new SearchView(words, null, hits, editor);
            });
        } catch (QueryParseException | org.apache.jena.query.text.TextIndexException e) {
            // Lucene syntax errors arrive as jena-text's TextIndexParseException, a QueryParseException.
            return new SearchView(words, "The words could not be read as a search (" + firstLine(e.getMessage()) + ").", List.of(), editor);
        }
    }

    /** {@code queries/search.rq} with the words searched for. */
    public static String searchQuery(String words) {
        String text = NamedQueries.load("search").orElseThrow(() -> new IllegalStateException("queries/search.rq missing from the classpath"));
        if (!text.contains(SEARCH_WORDS_LINE)) throw new IllegalStateException("queries/search.rq has no line " + SEARCH_WORDS_LINE);
        if (words == null || words.isBlank()) return text;
        String literal = FmtUtils.stringForNode(NodeFactory.createLiteralString(words.strip()));
        return text.replace(SEARCH_WORDS_LINE, "VALUES ?words { " + literal + " }");
    }

    private Node noteOf(Node mention) {
        Iterator<Quad> it = dsg.find(Node.ANY, mention, NG.inNote, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // ---- values and links

    private Value value(Node predicate, Node v, Labels labels) {
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            String dt = v.getLiteralDatatypeURI();
            String detail = lang != null && !lang.isEmpty() ? "@" + lang
                    : dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) || dt.equals(RDF.langString.getURI()) ? null
                    : prefixes.shortForm(dt);
            String text = v.getLiteralLexicalForm();
            boolean longText = text.length() > 160 || text.contains("\n") || predicate.equals(NG.body);
            return new Value(null, text, detail, null, longText);
        }
        if (v.isURI()) return new Value(link(v, labels), null, null, httpAddress(v.getURI()), false);
        return new Value(null, "_:" + v.getBlankNodeLabel(), null, null, false);
    }

    /** The resource's own address when it is a web page outside the instance base; only http(s). */
    private String httpAddress(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) return null;
        if (site.base() != null && iri.startsWith(site.base())) return null;
        return iri;
    }

    private Link link(Node n, Labels labels) {
        if (n == null) return null;
        if (!n.isURI()) return new Link(null, n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString(), null);
        return new Link(site.href(n.getURI()), labels.of(n), n.getURI());
    }

    private Link predicateLink(Node p, Labels labels) {
        String shortForm = prefixes.shortForm(p.getURI());
        return new Link(site.href(p.getURI()), shortForm, p.getURI());
    }

    /** rdf:type first, then labels, then the rest by name; rdf:_n in number order. */
    private String predicateOrder(Node p) {
        String uri = p.getURI();
        if (p.equals(RDF.type.asNode())) return "0";
        int labelRank = LABELS.indexOf(p);
        if (labelRank >= 0) return "1" + labelRank;
        return "2" + sortKey(p);
    }

    private static String sortKey(Node n) {
        if (n.isURI()) {
            String uri = n.getURI();
            int i = uri.lastIndexOf("#_");
            if (uri.startsWith(RDF.getURI() + "_") && i >= 0) {
                return RDF.getURI() + "_" + String.format("%09d", Integer.parseInt(uri.substring(i + 2)));
            }
            return uri;
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            if (n.getLiteralDatatype() != null && lex.matches("-?\\d{1,18}")) return String.format("%019d", Long.parseLong(lex) + 1_000_000_000_000_000L);
            return lex;
        }
        return n.toString();
    }

    /** Labels of resources, looked up once per page. */
    private final class Labels {
        private final Map<Node, String> cache = new HashMap<>();

        String of(Node n) {
            return cache.computeIfAbsent(n, this::lookup);
        }

        private String lookup(Node n) {
            for (Node p : LABELS) {
                Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY);
                if (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral()) {
                        String label = o.getLiteralLexicalForm();
                        if (p.equals(NG.titleAsWritten) || p.equals(NG.path)) label = mentionLabel(n, label);
                        return label;
                    }
                }
            }
            if (n.isURI()) {
                String iri = n.getURI();
                Iterator<Quad> line = dsg.find(Node.ANY, n, NG.line, Node.ANY);
                if (line.hasNext()) return mentionLabel(n, null);
                if (site.base() != null && iri.startsWith(site.base())) return iri.substring(site.base().length());
                String shortForm = prefixes.shortForm(iri);
                return shortForm;
            }
            return n.toString();
        }

        /** A mention as "title (path:line)". */
        private String mentionLabel(Node n, String title) {
            Iterator<Quad> note = dsg.find(Node.ANY, n, NG.inNote, Node.ANY);
            Iterator<Quad> line = dsg.find(Node.ANY, n, NG.line, Node.ANY);
            if (!note.hasNext() || !line.hasNext()) return title;
            Iterator<Quad> path = dsg.find(Node.ANY, note.next().getObject(), NG.path, Node.ANY);
            String where = (path.hasNext() ? path.next().getObject().getLiteralLexicalForm() : "?") + ":"
                    + line.next().getObject().getLiteralLexicalForm();
            return title == null ? "mention at " + where : title + " (" + where + ")";
        }
    }
}
