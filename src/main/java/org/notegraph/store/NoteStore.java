package org.notegraph.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.notegraph.rdf.NG;

/**
 * What the pipeline, the queries and the server need of a store of named graphs (one per note, the
 * entities, the ontology, the vocabulary): the graphs a build changed replaced and the graphs of
 * removed notes dropped in one transaction ({@link #apply}), the union of all graphs read as the
 * default graph, with {@code text:query} answered by a full-text index kept in step with the
 * graphs ({@link #datasetGraph}, {@link #read}), and what an incremental build compares (each note's
 * content hash, build metadata). {@link Tdb2NoteStore} is the one implementation; another store
 * implements the abstract methods here and is opened where {@link Stores#open} opens TDB2.
 */
public interface NoteStore extends AutoCloseable {
    /** The store's folder (null for a store in memory). */
    Path location();

    /**
     * The dataset: named graphs, their union as the default graph, {@code text:query} over the
     * full-text index. Queries, exports, validation and the server read it.
     */
    DatasetGraph datasetGraph();

    /**
     * One write transaction: replaces the given graphs and drops the named ones (the text index
     * with them). Readers see either the state before or the state after, never a mix, and so does
     * a store after a crash. Returns the subjects of the quads it added or deleted (what a
     * validation of the change has to look at again). Each value of {@code replacements} is read
     * once, in the map's order: a build's graphs are made as they are read.
     */
    Set<Node> apply(Map<String, Graph> replacements, Set<String> removals);

    /** Reads inside a read transaction. */
    <T> T read(Function<DatasetGraph, T> action);

    /**
     * Makes the store hold exactly the given graphs plus the stored graphs named in {@code kept}
     * (left as they are), for a build that rewrites most of the store: a store that can bulk-load
     * into a fresh store and swap it in does so (readers, and a crash, see the old store or the new
     * one); this default writes the difference in one transaction. Each value of {@code graphs} is
     * read once, in the map's order, as in {@link #apply}.
     */
    default void load(Map<String, Graph> graphs, Set<String> kept) {
        Set<String> stale = new TreeSet<>(graphNames());
        stale.removeAll(graphs.keySet());
        stale.removeAll(kept);
        apply(graphs, stale);
    }

    /** Compacts the store when it has grown past {@code factor} times its compacted size; returns whether it did. */
    default boolean compactIfGrown(double factor) { return false; }

    /** The bytes the store's data takes on disk (0 when unknown). */
    default long dataBytes() { return 0; }

    /** Rebuilds the full-text index from the graphs. */
    void reindex();

    /** Reclaims the space earlier write transactions left behind. */
    void compact();

    @Override
    void close();

    /** Closes the store and lets go of its folder in this process, so another process can open it. */
    void release();

    default Dataset dataset() { return DatasetFactory.wrap(datasetGraph()); }

    /**
     * Makes the store hold exactly these graphs: each is replaced, graphs not listed are dropped, all
     * in one write transaction, so a reader (or a crash) sees the whole old store or the whole new one.
     */
    default void replaceAll(Map<String, Graph> graphs, IntConsumer progress) {
        Set<String> stale = new TreeSet<>(graphNames());
        stale.removeAll(graphs.keySet());
        apply(graphs, stale);
        if (progress != null) progress.accept(graphs.size());
    }

    /** The names of all named graphs. */
    default Set<String> graphNames() {
        return read(dsg -> {
            Set<String> names = new TreeSet<>();
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) names.add(it.next().getURI());
            return names;
        });
    }

    /** The content hash stored with each note: note graph name → SHA-256 of the note file's bytes. */
    default Map<String, String> noteHashes() {
        return read(d -> {
            Map<String, String> hashes = new TreeMap<>();
            d.find(Node.ANY, Node.ANY, NG.contentHash, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().isURI() && q.getObject().isLiteral() && q.getSubject().equals(q.getGraph())) {
                    hashes.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
                }
            });
            return hashes;
        });
    }

    /** A literal value stored under a subject and predicate in a graph, if any (for build metadata). */
    default Optional<String> value(String graph, String subject, String predicate) {
        return read(d -> {
            var it = d.find(NodeFactory.createURI(graph), NodeFactory.createURI(subject), NodeFactory.createURI(predicate), Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
            }
            return Optional.empty();
        });
    }

    /** The number of quads in one named graph (0 when there is no such graph). */
    default long quadCount(String graph) {
        return read(d -> {
            long n = 0;
            var it = d.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    /**
     * The number of quads a graph becomes once {@link #apply} has written it: its distinct triples
     * after the store's normalisation of terms (two spellings of one number are one quad).
     */
    default long storedSize(Graph graph) { return graph.size(); }

    /** The number of quads in all graphs. */
    default long quadCount() {
        return read(d -> {
            long n = 0;
            var it = d.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }
}
