package org.notegraph.rdf;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology graph a build stores: {@code ontology/notegraph.ttl} with its blank nodes named by content. */
public final class OntologyGraph {
    private OntologyGraph() {}

    /** Where the ontology's blank nodes get their IRIs (RDF 1.1 Skolem IRIs, independent of the instance base). */
    public static final String ONTOLOGY_GENID = "https://w3id.org/notegraph/.well-known/genid/";

    /**
     * The ontology, from the classpath, with its blank nodes (OWL class expressions, RDF lists) replaced by
     * IRIs derived from their content: the store holds no blank nodes and exports stay byte-stable.
     */
    public static Graph of() {
        InputStream in = OntologyGraph.class.getResourceAsStream("/ontology/notegraph.ttl");
        if (in == null) throw new IllegalStateException("ontology/notegraph.ttl missing from the classpath");
        return skolemise(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
    }

    /** The graph with each blank node replaced by {@link #ONTOLOGY_GENID} plus a hash of what it describes. */
    public static Graph skolemise(Graph g) {
        Map<Node, Node> iris = new HashMap<>();
        Graph out = GraphFactory.createGraphMem();
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        for (Triple t : g.find().toList()) {
            out.add(skolem(g, t.getSubject(), iris, new HashSet<>()), t.getPredicate(),
                    skolem(g, t.getObject(), iris, new HashSet<>()));
        }
        return out;
    }

    private static Node skolem(Graph g, Node n, Map<Node, Node> done, Set<Node> visiting) {
        if (!n.isBlank()) return n;
        Node known = done.get(n);
        if (known != null) return known;
        if (!visiting.add(n)) throw new IllegalStateException("cycle of blank nodes in the ontology");
        List<String> lines = new ArrayList<>();
        for (Triple t : g.find(n, Node.ANY, Node.ANY).toList()) {
            lines.add(NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(skolem(g, t.getObject(), done, visiting)));
        }
        Collections.sort(lines);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            Node iri = NodeFactory.createURI(ONTOLOGY_GENID + HexFormat.of().formatHex(digest, 0, 12));
            done.put(n, iri);
            return iri;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
