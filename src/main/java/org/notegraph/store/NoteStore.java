package org.notegraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The embedded TDB2 store: one named graph per note, one for resolved entities, one for the
 * ontology; queries see their union as the default graph. Full builds write many notes per
 * transaction (TDB2 is copy-on-write: one transaction per note is several times slower and bloats
 * the store).
 */
public final class NoteStore implements AutoCloseable {
    private final Path location;
    private final DatasetGraph dsg;

    private NoteStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the store in a folder. */
    public static NoteStore open(Path location) {
        try {
            Files.createDirectories(location);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + location + ": " + e.getMessage(), e);
        }
        return new NoteStore(location, DatabaseMgr.connectDatasetGraph(location.toString()));
    }

    /** Opens an existing store; fails with a clear message when there is none. */
    public static NoteStore openExisting(Path location) {
        if (!Files.isDirectory(location)) {
            throw new StoreException("no store at " + location + " (run `notegraph build` first, or pass --db)", null);
        }
        return open(location);
    }

    public Path location() { return location; }

    public DatasetGraph datasetGraph() { return dsg; }

    public Dataset dataset() { return DatasetFactory.wrap(dsg); }

    /** The names of all named graphs. */
    public Set<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new TreeSet<>();
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) names.add(it.next().getURI());
            return names;
        });
    }

    /**
     * Makes the store hold exactly these graphs: each is replaced, graphs not listed are dropped, all
     * in one write transaction, so a reader (or a crash) sees the whole old store or the whole new one.
     */
    public void replaceAll(Map<String, Graph> graphs, IntConsumer progress) {
        Set<String> stale = new TreeSet<>(graphNames());
        stale.removeAll(graphs.keySet());
        apply(graphs, stale);
        if (progress != null) progress.accept(graphs.size());
    }

    /**
     * One write transaction: replaces the given graphs and drops the named ones. Readers see either
     * the state before or the state after, never a mix.
     */
    public void apply(Map<String, Graph> replacements, Set<String> removals) {
        Txn.executeWrite(dsg, () -> {
            for (Map.Entry<String, Graph> e : replacements.entrySet()) write(e.getKey(), e.getValue());
            for (String name : removals) {
                if (!replacements.containsKey(name)) dsg.deleteAny(NodeFactory.createURI(name), Node.ANY, Node.ANY, Node.ANY);
            }
        });
    }

    /** The content hash stored with each note: note graph name → SHA-256 of the note file's bytes. */
    public Map<String, String> noteHashes() {
        return read(d -> {
            Map<String, String> hashes = new java.util.TreeMap<>();
            d.find(Node.ANY, Node.ANY, CONTENT_HASH, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().isURI() && q.getObject().isLiteral() && q.getSubject().equals(q.getGraph())) {
                    hashes.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
                }
            });
            return hashes;
        });
    }

    /** A literal value stored under a subject and predicate in a graph, if any (for build metadata). */
    public java.util.Optional<String> value(String graph, String subject, String predicate) {
        return read(d -> {
            var it = d.find(NodeFactory.createURI(graph), NodeFactory.createURI(subject), NodeFactory.createURI(predicate), Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return java.util.Optional.of(o.getLiteralLexicalForm());
            }
            return java.util.Optional.empty();
        });
    }

    private static final Node CONTENT_HASH = NodeFactory.createURI("https://w3id.org/notegraph#contentHash");

    /**
     * Replaces one graph. Literals are stored in canonical form: TDB2 keeps numbers and dates inline
     * by value, so a non-canonical form ("0.70") would come back as another term and outlive the
     * graph's next replacement.
     */
    private void write(String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        CanonicalizeLiteral canonical = CanonicalizeLiteral.get();
        graph.find().forEachRemaining((Triple t) -> {
            Node o = t.getObject();
            dsg.add(g, t.getSubject(), t.getPredicate(), o.isLiteral() ? canonical.apply(o) : o);
        });
    }

    /** Reads inside a read transaction. */
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    public long quadCount() {
        return read(d -> {
            long n = 0;
            var it = d.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    /** Reclaims the space copy-on-write transactions leave behind. */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    @Override
    public void close() {
        dsg.close();
    }

}
