package org.notegraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponent;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexDB;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;

/**
 * The store on embedded TDB2: one named graph per note, one for resolved entities, one for the
 * ontology; queries see their union as the default graph. A build writes all its changes in one
 * transaction (TDB2 is copy-on-write: one transaction per note is several times slower and bloats
 * the store), which also makes a build atomic for readers and against crashes.
 *
 * <p>The dataset is wrapped by a jena-text dataset with a Lucene index in {@code <store>/text}
 * ({@link TextIndexDefinition}): every write through this store updates the index in the same
 * transaction, so a build keeps search in step with the graph.
 */
public final class Tdb2NoteStore implements NoteStore {
    private final Path location;
    private final DatasetGraph tdb;
    private final TextIndex textIndex;
    private final DatasetGraph dsg;

    private Tdb2NoteStore(Path location, DatasetGraph tdb, TextIndex textIndex) {
        this.location = location;
        this.tdb = tdb;
        this.textIndex = textIndex;
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        forgetTextIndexes(tdb);
        if (textIndex == null) {
            this.dsg = tdb;
            return;
        }
        this.dsg = TextDatasetFactory.create(tdb, textIndex, true);
        this.dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens an existing store for reading without its text index: what a query that does not
     * search needs, at a fraction of the start-up (Lucene is neither loaded nor opened). Such a
     * store refuses writes, which would leave the index behind the graph.
     */
    public static Tdb2NoteStore openExistingWithoutText(Path location) {
        requireStore(location);
        try {
            return new Tdb2NoteStore(location, DatabaseMgr.connectDatasetGraph(location.toString()), null);
        } catch (RuntimeException e) {
            throw openFailure(e, location);
        }
    }

    /** Opens (creating if needed) the store in a folder. */
    public static Tdb2NoteStore open(Path location) {
        Path textFolder = location.resolve(TextIndexDefinition.FOLDER);
        boolean indexMissing = !Files.isDirectory(textFolder);
        DatasetGraph tdb;
        TextIndex index;
        try {
            Files.createDirectories(location);
            tdb = DatabaseMgr.connectDatasetGraph(location.toString());
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(textFolder),
                    new TextIndexConfig(TextIndexDefinition.entityDefinition()));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot open store folder " + location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw openFailure(e, location);
        }
        Tdb2NoteStore store = new Tdb2NoteStore(location, tdb, index);
        try {
            if (indexMissing) store.reindex();
        } catch (RuntimeException e) {
            throw openFailure(e, location);
        }
        return store;
    }

    /**
     * A store in memory, with its text index in memory too: what {@code serve --endpoint} keeps its
     * copy of a remote store in. It has no folder ({@link #location} is null) and is gone when closed.
     */
    public static Tdb2NoteStore inMemory() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(),
                new TextIndexConfig(TextIndexDefinition.entityDefinition()));
        return new Tdb2NoteStore(null, tdb, index);
    }

    /** Opens an existing store; fails with a clear message when there is none (opening would create one). */
    public static Tdb2NoteStore openExisting(Path location) {
        requireStore(location);
        return open(location);
    }

    private static void requireStore(Path location) {
        if (!holdsStore(location)) {
            throw new StoreException("no store at " + location + " (run `notegraph build NOTES --db " + location
                    + "` first, or point --db at a store)", null);
        }
    }

    private void requireTextIndex() {
        if (textIndex == null) throw new IllegalStateException("the store at " + location + " was opened without its text index, for reading only");
    }

    /** Whether the folder holds a TDB2 store (a {@code Data-NNNN} folder), so opening it creates nothing. */
    static boolean holdsStore(Path location) {
        if (!Files.isDirectory(location)) return false;
        try (java.util.stream.Stream<Path> children = Files.list(location)) {
            return children.anyMatch(p -> Files.isDirectory(p) && DATA_FOLDER.matcher(p.getFileName().toString()).matches());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return true; // let opening say what is wrong
        }
    }

    private static final java.util.regex.Pattern DATA_FOLDER = java.util.regex.Pattern.compile("Data-\\d+");
    private static final java.util.regex.Pattern LOCK_HOLDER = java.util.regex.Pattern.compile("held by process (\\d+)");

    /** A failure opening the store: locked, or (any other failure of TDB2 or Lucene) damaged. */
    private static RuntimeException openFailure(RuntimeException e, Path location) {
        RuntimeException explained = explained(e, location);
        if (explained != e) return explained;
        String pkg = e.getClass().getPackageName();
        return pkg.startsWith("org.apache.jena") || pkg.startsWith("org.apache.lucene") ? new StoreDamagedException(location, e) : e;
    }

    /**
     * A failure of TDB2 or its files as what it means for the user: the store locked by another
     * process, or the store damaged (a storage-layer failure: blocks, files, the index); other
     * failures as they are.
     */
    static RuntimeException explained(RuntimeException e, Path location) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreLockedException || t instanceof StoreDamagedException) return (RuntimeException) t;
            String m = String.valueOf(t.getMessage());
            if (t instanceof org.apache.jena.dboe.DBOpEnvException && m.startsWith("Failed to get a lock")) {
                java.util.regex.Matcher holder = LOCK_HOLDER.matcher(m);
                return new StoreLockedException(location,
                        holder.find() ? java.util.OptionalLong.of(Long.parseLong(holder.group(1))) : java.util.OptionalLong.empty(), e);
            }
            String pkg = t.getClass().getPackageName();
            if (pkg.startsWith("org.apache.jena.dboe.base") || t instanceof org.apache.lucene.index.CorruptIndexException) {
                return new StoreDamagedException(location, t);
            }
        }
        return e;
    }

    @Override
    public Path location() { return location; }

    /**
     * TDB2 keeps one connection per folder for the life of the JVM, and a text dataset joins the
     * index to that connection's commits. Opening the store again in the same JVM drops the index
     * of the previous opening from the commits (it is closed, or about to be).
     */
    private static void forgetTextIndexes(DatasetGraph tdb) {
        TransactionCoordinator coord = TDBInternal.getTransactionCoordinator(tdb);
        coord.modifyConfig(() -> {
            for (TransactionalComponent c : coord.listExternals()) {
                if (c instanceof TextIndexDB) coord.removeExternal(c);
            }
        });
    }

    /**
     * Rebuilds the text index from the graph. {@link #open} calls it when the index folder is
     * missing (a store built before the index existed, or an index deleted by hand).
     */
    @Override
    public void reindex() {
        requireTextIndex();
        EntityDefinition def = textIndex.getDocDef();
        Txn.executeRead(tdb, () -> {
            for (Node p : TextIndexDefinition.PREDICATES) {
                Iterator<Quad> it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!q.getObject().isLiteral()) continue;
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) textIndex.addEntity(e);
                }
            }
        });
        textIndex.commit();
    }

    @Override
    public DatasetGraph datasetGraph() { return dsg; }

    /**
     * One write transaction: replaces the given graphs and drops the named ones. Readers see either
     * the state before or the state after, never a mix.
     */
    @Override
    public Set<Node> apply(Map<String, Graph> replacements, Set<String> removals) {
        requireTextIndex();
        Set<Node> touched = new HashSet<>();
        Txn.executeWrite(dsg, () -> {
            for (Map.Entry<String, Graph> e : replacements.entrySet()) write(e.getKey(), e.getValue(), touched);
            for (String name : removals) {
                if (!replacements.containsKey(name)) write(name, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(), touched);
            }
        });
        return touched;
    }

    /**
     * Replaces one graph by writing the difference: the triples it no longer has are deleted and
     * the new ones added, so a graph that hardly changed (the entities graph after a one-note edit)
     * costs what changed, not its size. Only the indexed triples go through the text dataset (which
     * updates the index quad by quad); the rest are written on TDB2 directly, in the same transaction.
     * Literals are stored in canonical form: TDB2 keeps numbers and dates inline by value, so a
     * non-canonical form ("0.70") would come back as another term and outlive the next replacement.
     */
    private void write(String name, Graph graph, Set<Node> touched) {
        Node g = NodeFactory.createURI(name);
        Set<Triple> wanted = canonical(graph);
        Set<Triple> unwanted = new HashSet<>();
        tdb.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (!wanted.remove(t)) unwanted.add(t);
        });
        for (Triple t : unwanted) {
            touched.add(t.getSubject());
            if (INDEXED.contains(t.getPredicate())) dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            else tdb.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
        for (Triple t : wanted) {
            touched.add(t.getSubject());
            if (INDEXED.contains(t.getPredicate())) dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            else tdb.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    private static Set<Triple> canonical(Graph graph) {
        CanonicalizeLiteral canonical = CanonicalizeLiteral.get();
        Set<Triple> triples = new HashSet<>();
        graph.find().forEachRemaining((Triple t) -> triples.add(t.getObject().isLiteral()
                ? Triple.create(t.getSubject(), t.getPredicate(), canonical.apply(t.getObject())) : t));
        return triples;
    }

    @Override
    public long storedSize(Graph graph) { return canonical(graph).size(); }

    private static final Set<Node> INDEXED = Set.copyOf(TextIndexDefinition.PREDICATES);

    /** Reads inside a read transaction. */
    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    /** Reclaims the space copy-on-write transactions leave behind. */
    @Override
    public void compact() {
        DatabaseMgr.compact(tdb, true);
    }

    @Override
    public void close() {
        dsg.close();
    }

    /**
     * Closes the store and lets go of its folder in this JVM (TDB2 otherwise keeps a location open
     * for the life of the process), so another process can open it.
     */
    @Override
    public void release() {
        dsg.close();
        TDBInternal.expel(tdb);
    }

}
