package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.notegraph.rdf.NG;
import org.notegraph.serve.pages.Views.IncomingRow;
import org.notegraph.serve.pages.Views.Link;
import org.notegraph.serve.pages.Views.MentionRow;
import org.notegraph.serve.pages.Views.PropertyRow;
import org.notegraph.serve.pages.Views.ResourceView;
import org.notegraph.serve.pages.Views.Semantics;
import org.notegraph.serve.pages.Views.Value;

/**
 * A resource's page: its label and types, every property (de-duplicated across graphs), the links
 * pointing to it, the notes that mention it, its semantic sections, and its triples for the RDF
 * formats. Each page is read in one read transaction.
 */
final class ResourcePage {
    static final int MAX_INCOMING = 300;
    static final int MAX_MENTIONS = 200;
    static final int MAX_VALUES = 500;

    private final DatasetGraph dsg;
    private final PageQueries queries;
    private final Site site;
    private final PrefixMapping prefixes;

    ResourcePage(PageQueries queries, Site site, PrefixMapping prefixes) {
        this.dsg = queries.dataset();
        this.queries = queries;
        this.site = site;
        this.prefixes = prefixes;
    }

    /** Whether the dataset says anything about the IRI, or points at it. */
    boolean exists(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()
                || dsg.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext());
    }

    /** The triples about a resource (it as subject), from all graphs, for the RDF formats. */
    Graph description(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(prefixes);
            dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    ResourceView resource(String iri) {
        Node r = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg, site, prefixes);
            // Outgoing, de-duplicated across graphs, grouped by predicate.
            Map<Node, Set<Node>> out = new TreeMap<>(Comparator.comparing(this::predicateOrder));
            Iterator<Quad> it = dsg.find(Node.ANY, r, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Set<Node> values = out.computeIfAbsent(q.getPredicate(), k -> new LinkedHashSet<>());
                if (values.size() < MAX_VALUES) values.add(q.getObject());
            }
            List<Link> types = new ArrayList<>();
            List<Node> typeNodes = new ArrayList<>(out.getOrDefault(RDF.type.asNode(), Set.of()));
            typeNodes.sort(Comparator.comparing(ResourcePage::sortKey));
            for (Node t : typeNodes) types.add(labels.link(t));
            List<PropertyRow> properties = new ArrayList<>();
            for (Map.Entry<Node, Set<Node>> e : out.entrySet()) {
                List<Value> values = new ArrayList<>();
                List<Node> sorted = new ArrayList<>(e.getValue());
                // authors in the order the notes wrote them (bibo:authorList), everything else by value
                sorted.sort(e.getKey().equals(DCTerms.creator.asNode()) ? AuthorOrder.of(dsg, r) : Comparator.comparing(ResourcePage::sortKey));
                for (Node v : sorted) values.add(value(e.getKey(), v, labels));
                properties.add(new PropertyRow(labels.predicateLink(e.getKey()), values));
            }
            // Incoming links.
            // the first MAX_INCOMING in page order, whatever order the store keeps them in: a bounded heap, largest on top
            Comparator<Triple> pageOrder = Comparator.comparing((Triple t) -> predicateOrder(t.getPredicate()))
                    .thenComparing(t -> sortKey(t.getSubject()));
            java.util.PriorityQueue<Triple> in = new java.util.PriorityQueue<>(pageOrder.reversed());
            Set<Triple> seen = new java.util.HashSet<>();
            boolean incomingTruncated = false;
            Iterator<Quad> back = dsg.find(Node.ANY, Node.ANY, Node.ANY, r);
            while (back.hasNext()) {
                Triple t = back.next().asTriple();
                if (!seen.add(t)) continue;
                in.add(t);
                if (in.size() > MAX_INCOMING) {
                    in.poll();
                    incomingTruncated = true;
                }
            }
            List<IncomingRow> incoming = new ArrayList<>();
            in.stream().sorted(pageOrder)
                    .forEach(t -> incoming.add(new IncomingRow(labels.link(t.getSubject()), labels.predicateLink(t.getPredicate()))));
            // The notes that mention it.
            List<MentionRow> mentions = new MentionRows(queries, labels).of(r);
            boolean mentionsTruncated = mentions.size() > MAX_MENTIONS;
            if (mentionsTruncated) mentions = mentions.subList(0, MAX_MENTIONS);

            // Relations with their evidence, the claim or statement it is, the papers that name it.
            Semantics semantics = new SemanticSections(queries, site, labels::link).read(r, new LinkedHashSet<>(typeNodes));

            String external = labels.httpAddress(iri);
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
        if (v.isURI()) return new Value(labels.link(v), null, null, labels.httpAddress(v.getURI()), false);
        return new Value(null, "_:" + v.getBlankNodeLabel(), null, null, false);
    }

    /** rdf:type first, then labels, then the rest by name; rdf:_n in number order. */
    private String predicateOrder(Node p) {
        String uri = p.getURI();
        if (p.equals(RDF.type.asNode())) return "0";
        int labelRank = Labels.PREDICATES.indexOf(p);
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
}
