package org.notegraph.publish;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.notegraph.store.NoteStore;

/**
 * Makes a target hold exactly the store's named graphs (every note graph, the entities, ontology,
 * vocabulary and build graphs), sending only what changed since the last publish to that target.
 *
 * <p>Each step is recorded in the target's {@link Manifest} only after the target acknowledged it,
 * and a graph is marked pending before it is sent, so a publish stopped at any moment (a failure,
 * a kill, the target going away) and run again ends with the target equal to the store.
 */
public final class Publisher {
    /** Told how far a publish got, for a progress bar. */
    public interface Progress {
        Progress NONE = new Progress() {};

        default void started(PublishPlan plan) {}

        default void stepDone(String graph) {}
    }

    /** The store's named graphs as they would be sent, by graph IRI. */
    public static Map<String, GraphText> graphs(NoteStore store) {
        return store.read(dsg -> {
            Map<String, GraphText> out = new TreeMap<>();
            Iterator<Node> names = dsg.listGraphNodes();
            while (names.hasNext()) {
                Node n = names.next();
                if (n.isURI()) out.put(n.getURI(), GraphText.of(n.getURI(), dsg.getGraph(n)));
            }
            return out;
        });
    }

    /** Publishes the store to the sink; fails with a {@link PublishException} at the first step the target did not take. */
    public PublishReport publish(NoteStore store, GraphSink sink, Manifest manifest, boolean full, Progress progress) {
        long start = System.nanoTime();
        PublishPlan plan = PublishPlan.of(graphs(store), manifest.hashes(), full);
        progress.started(plan);
        long triples = 0;
        for (GraphText g : plan.sends()) {
            manifest.pending(g.graph());
            sink.put(g);
            manifest.sent(g.graph(), g.hash());
            triples += g.size();
            progress.stepDone(g.graph());
        }
        for (String g : plan.deletes()) {
            sink.delete(g);
            manifest.deleted(g);
            progress.stepDone(g);
        }
        manifest.compact();
        return new PublishReport(plan.sends().size(), plan.deletes().size(), plan.unchanged(), triples, sink.requests(),
                (System.nanoTime() - start) / 1e9);
    }
}
