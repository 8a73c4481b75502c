package org.notegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/** What the publish tests compare: a store's named graphs, and a target that holds exactly those, graph by graph. */
final class PublishedStores {
    private PublishedStores() {}

    /** A copy of every named graph of the store at {@code db}. */
    static Map<String, Graph> graphs(Path db) {
        try (NoteStore s = Stores.openExisting(db)) {
            return s.read(dsg -> {
                Map<String, Graph> out = new TreeMap<>();
                Iterator<Node> it = dsg.listGraphNodes();
                while (it.hasNext()) {
                    Node n = it.next();
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(n).find().forEachRemaining(copy::add);
                    out.put(n.getURI(), copy);
                }
                return out;
            });
        }
    }

    /** The target holds the same graph names, and each graph is isomorphic to the store's. */
    static void assertEqual(Map<String, Graph> store, Map<String, Graph> target) {
        assertThat(target.keySet()).as("graphs on the target").containsExactlyElementsOf(store.keySet());
        store.forEach((name, g) -> assertThat(target.get(name).isIsomorphicWith(g))
                .as("graph <%s> on the target (%d triples) is isomorphic to the store's (%d); only in the store: %s; only on the target: %s",
                        name, target.get(name).size(), g.size(), only(g, target.get(name)), only(target.get(name), g))
                .isTrue());
    }

    /**
     * As {@link #assertEqual}, with numbers compared by value: Virtuoso keeps numbers in its own numeric
     * types and gives a whole {@code "1.0"^^xsd:decimal} back as {@code "1"^^xsd:integer}. Every
     * other term must be the same. Returns the number of literals that differed only so.
     */
    static long assertEqualNumbersByValue(Map<String, Graph> store, Map<String, Graph> target) {
        Map<String, Graph> s = new TreeMap<>();
        Map<String, Graph> t = new TreeMap<>();
        store.forEach((k, g) -> s.put(k, numbersByValue(g)));
        target.forEach((k, g) -> t.put(k, numbersByValue(g)));
        assertEqual(s, t);
        long differing = 0;
        for (String k : store.keySet()) {
            Graph g = store.get(k);
            differing += g.find().filterDrop(target.get(k)::contains).toList().size();
        }
        return differing;
    }

    private static final String NUMBER = "urn:test:number-by-value";

    private static Graph numbersByValue(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(org.apache.jena.graph.Triple.create(t.getSubject(), t.getPredicate(), byValue(t.getObject()))));
        return out;
    }

    private static Node byValue(Node n) {
        if (!n.isLiteral()) return n;
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || !(dt.endsWith("#integer") || dt.endsWith("#decimal"))) return n;
        try {
            String v = new java.math.BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
            return org.apache.jena.graph.NodeFactory.createLiteralDT(v, org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(NUMBER));
        } catch (NumberFormatException e) {
            return n;
        }
    }

    /** Up to five triples of {@code a} that {@code b} lacks, in N-Triples. */
    private static java.util.List<String> only(Graph a, Graph b) {
        java.util.List<String> out = new java.util.ArrayList<>();
        a.find().forEachRemaining(t -> { if (out.size() < 5 && !b.contains(t)) out.add(org.apache.jena.riot.out.NodeFmtLib.strNT(t)); });
        return out;
    }

    /** Lets another process open the store: TDB2 keeps a folder's connection for the life of the JVM unless it is expelled. */
    static void release(Path db) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    }
}
