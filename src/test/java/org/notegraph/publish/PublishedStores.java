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
                .as("graph <%s> on the target (%d triples) is isomorphic to the store's (%d)", name, target.get(name).size(), g.size())
                .isTrue());
    }

    /** Lets another process open the store: TDB2 keeps a folder's connection for the life of the JVM unless it is expelled. */
    static void release(Path db) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    }
}
