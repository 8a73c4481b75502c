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
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import java.nio.file.StandardCopyOption;
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
            deleteOlderDataFolders(location);
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
            else if (!store.textIndexInStep()) store.rebuildTextIndex();
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

    /**
     * The text index and the graphs in step: the index's last commit names the TDB2 data folder it
     * was built for (or, in a store from before bulk loads, names none). A crash after a bulk load
     * or a compaction switched folders, but before the index's commit, leaves it naming the old one.
     */
    private boolean textIndexInStep() {
        try {
            String built = org.apache.lucene.index.SegmentInfos.readLatestCommit(((TextIndexLucene) textIndex).getDirectory())
                    .getUserData().get(TEXT_GENERATION);
            return built == null || built.equals(dataFolderName());
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** Empties the text index and fills it again from the graphs, tagged with the current data folder. */
    private void rebuildTextIndex() {
        try {
            ((TextIndexLucene) textIndex).getIndexWriter().deleteAll();
        } catch (java.io.IOException e) {
            throw new StoreException("cannot empty the text index in " + location + ": " + e.getMessage(), e);
        }
        reindex();
    }

    private static final String TEXT_GENERATION = "notegraph.dataFolder";

    /** Commits the text index with the name of the data folder it now describes. */
    private void commitTextIndex(String dataFolder) {
        ((TextIndexLucene) textIndex).getIndexWriter().setLiveCommitData(Map.of(TEXT_GENERATION, dataFolder).entrySet());
        textIndex.commit();
    }

    private String dataFolderName() {
        Path current = DatabaseOps.findStorageLocation(location);
        return current == null ? "" : current.getFileName().toString();
    }

    @Override
    public DatasetGraph datasetGraph() { return dsg; }

    /**
     * Bulk load: the graphs (and the stored graphs named in {@code kept}, copied as they are) are
     * loaded with TDB2's phased loader into a fresh data folder beside the current one
     * ({@code Data-NNNN-tmp}, which TDB2 itself deletes at open if a crash left it half written), and
     * the text index is filled for them without committing. Renaming the folder to the next
     * {@code Data-NNNN} is the commit point: TDB2 opens the highest-numbered one, so a crash before
     * it leaves the old store and after it the new one. The open dataset then switches to the new
     * folder as TDB2's compaction does (readers already running finish on the old one), the text
     * index is committed tagged with the new folder (a crash in between is caught at the next open,
     * which rebuilds the index), and the old folder is deleted. Writers wait meanwhile.
     */
    @Override
    public void load(Map<String, Graph> graphs, Set<String> kept) {
        if (!(tdb instanceof DatasetGraphSwitchable container) || !container.hasContainerPath()) {
            NoteStore.super.load(graphs, kept);
            return;
        }
        synchronized (Tdb2NoteStore.class) {
            DatasetGraphTDB current = (DatasetGraphTDB) container.get();
            TransactionCoordinator oldCoordinator = current.getTxnSystem().getTxnMgr();
            Path oldFolder = Path.of(current.getLocation().getDirectoryPath());
            int number = folderNumber(oldFolder);
            Path newFolder = location.resolve(String.format("Data-%04d", number + 1));
            Path tmpFolder = location.resolve(newFolder.getFileName() + "-tmp");
            container.execReadOnlyDatabase(() -> {
                if (!textIndexTagged()) commitTextIndex(oldFolder.getFileName().toString());
                try {
                    deleteTree(tmpFolder);
                    Files.createDirectories(tmpFolder);
                    copyConfigFiles(oldFolder, tmpFolder);
                    DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(tmpFolder)).getDatasetGraphTDB();
                    ((TextIndexLucene) textIndex).getIndexWriter().deleteAll();
                    bulkLoad(fresh, current, graphs, kept, textIndexer());
                    StoreConnection.internalExpel(Location.create(tmpFolder), true);
                    syncTree(tmpFolder);
                    Files.move(tmpFolder, newFolder, StandardCopyOption.ATOMIC_MOVE);
                    syncDirectory(location);
                } catch (java.io.IOException | RuntimeException e) {
                    textIndex.rollback();
                    StoreConnection.internalExpel(Location.create(tmpFolder), true);
                    try { deleteTree(tmpFolder); } catch (java.io.IOException ignored) { /* TDB2 removes -tmp folders at open */ }
                    if (e instanceof RuntimeException r) throw explained(r, location);
                    throw new StoreException("cannot load the new store into " + tmpFolder + ": " + e.getMessage(), e);
                }
                DatasetGraphTDB next = StoreConnection.connectCreate(Location.create(newFolder)).getDatasetGraphTDB();
                TransactionCoordinator newCoordinator = next.getTxnSystem().getTxnMgr();
                newCoordinator.execExclusive(() -> {
                    newCoordinator.takeOverFrom(oldCoordinator);
                    newCoordinator.modifyConfigDirect(() -> oldCoordinator.listExternals().forEach(newCoordinator::addExternal));
                    if (!container.change(current, next)) container.set(next);
                });
                commitTextIndex(newFolder.getFileName().toString());
            });
            oldCoordinator.startExclusiveMode();
            StoreConnection.release(current.getLocation());
            try {
                deleteTree(oldFolder);
            } catch (java.io.IOException e) {
                // an older Data-NNNN folder is never opened again; it costs only disk space
            }
        }
        writeCompactSize();
    }

    private boolean textIndexTagged() {
        try {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(((TextIndexLucene) textIndex).getDirectory())
                    .getUserData().containsKey(TEXT_GENERATION);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Streams the new store's quads into TDB2's phased loader, each graph read once: the text index
     * gets its entries from the same pass, so a graph made on demand is made only once.
     */
    private static void bulkLoad(DatasetGraphTDB fresh, DatasetGraphTDB current, Map<String, Graph> graphs, Set<String> kept,
                                 java.util.function.Consumer<Quad> index) {
        DataLoader loader = LoaderFactory.phasedLoader(fresh, (fmt, args) -> {});
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            forEachQuad(current, graphs, kept, q -> {
                out.quad(q);
                index.accept(q);
            });
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** Adds a quad's text-index entry, uncommitted, when its predicate is indexed and its object a literal. */
    private java.util.function.Consumer<Quad> textIndexer() {
        EntityDefinition def = textIndex.getDocDef();
        return q -> {
            if (!q.getObject().isLiteral() || !INDEXED.contains(q.getPredicate())) return;
            Entity e = TextQueryFuncs.entityFromQuad(def, q);
            if (e != null) textIndex.addEntity(e);
        };
    }

    /** The quads of the new store: the given graphs in stored form, then the kept graphs as stored. */
    private static void forEachQuad(DatasetGraphTDB current, Map<String, Graph> graphs, Set<String> kept,
                                    java.util.function.Consumer<Quad> action) {
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            Node g = NodeFactory.createURI(e.getKey());
            for (Triple t : canonical(e.getValue())) action.accept(Quad.create(g, t));
        }
        Txn.executeRead(current, () -> {
            for (String name : kept) {
                if (graphs.containsKey(name)) continue;
                current.find(NodeFactory.createURI(name), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(action);
            }
        });
    }

    /**
     * Deletes the data folders below the current one that a crash between a bulk load's (or a
     * compaction's) switch and its clean-up left: TDB2 only ever opens the highest-numbered one.
     */
    private static void deleteOlderDataFolders(Path location) {
        Path current = DatabaseOps.findStorageLocation(location);
        if (current == null) return;
        try (java.util.stream.Stream<Path> children = Files.list(location)) {
            for (Path p : children.toList()) {
                String n = p.getFileName().toString();
                if (DATA_FOLDER.matcher(n).matches() && folderNumber(p) < folderNumber(current)
                        && !StoreConnection.isSetup(Location.create(p))) {
                    deleteTree(p);
                }
            }
        } catch (java.io.IOException e) {
            // an old folder costs only disk space
        }
    }

    private static int folderNumber(Path dataFolder) {
        return Integer.parseInt(dataFolder.getFileName().toString().substring("Data-".length()));
    }

    private static void copyConfigFiles(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.equals("tdb.cfg") || n.endsWith(".opt")) Files.copy(f, to.resolve(n));
            }
        }
    }

    private static void syncTree(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (!Files.isRegularFile(f)) continue;
                try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
        }
        syncDirectory(folder);
    }

    private static void syncDirectory(Path folder) {
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            c.force(true);
        } catch (java.io.IOException e) {
            // not every file system syncs a directory; the rename is atomic either way
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) return;
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

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

    /**
     * Reclaims the space copy-on-write transactions leave behind: TDB2 copies the store into the
     * next {@code Data-NNNN} folder and switches to it (crash-safe the same way as {@link #load}),
     * then the text index is tagged with the new folder.
     */
    @Override
    public void compact() {
        DatabaseMgr.compact(tdb, true);
        commitTextIndex(dataFolderName());
        writeCompactSize();
    }

    /**
     * Compacts when the data folder has grown past {@code factor} times its size after the last bulk
     * load or compaction (recorded in {@code notegraph-store-size}; a store without the record gets
     * one now). Returns whether it compacted.
     */
    @Override
    public boolean compactIfGrown(double factor) {
        long now = dataBytes();
        java.util.OptionalLong compacted = readCompactSize();
        if (compacted.isEmpty()) {
            writeCompactSize(now);
            return false;
        }
        if (now <= factor * compacted.getAsLong()) return false;
        compact();
        return true;
    }

    /**
     * The bytes the current data folder uses: the blocks each B+tree has allocated (its state file,
     * {@code *.bpt}, holds the node and record block counts; TDB2 never reuses a block, so
     * copy-on-write growth shows here) plus the node table's data. The files' own lengths grow in
     * 8 MB steps and are mostly sparse, so they say little.
     */
    @Override
    public long dataBytes() {
        Path current = DatabaseOps.findStorageLocation(location);
        if (current == null) return 0;
        long bytes = 0;
        try (java.util.stream.Stream<Path> files = Files.list(current)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".bpt")) bytes += allocatedBlocks(f) * (long) org.apache.jena.tdb2.sys.SystemTDB.BlockSize;
                else if (n.endsWith(".obj")) bytes += Files.size(f);
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return bytes;
    }

    /** The node and record blocks a B+tree's state file records (three longs: root, node limit, record limit). */
    private static long allocatedBlocks(Path stateFile) throws java.io.IOException {
        java.nio.ByteBuffer state = java.nio.ByteBuffer.wrap(Files.readAllBytes(stateFile));
        return state.capacity() >= 24 ? state.getLong(8) + state.getLong(16) : 0;
    }

    private static final String COMPACT_SIZE_FILE = "notegraph-store-size";

    private java.util.OptionalLong readCompactSize() {
        try {
            return java.util.OptionalLong.of(Long.parseLong(Files.readString(location.resolve(COMPACT_SIZE_FILE)).strip()));
        } catch (java.io.IOException | NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    private void writeCompactSize() { writeCompactSize(dataBytes()); }

    private void writeCompactSize(long bytes) {
        try {
            Path tmp = Files.createTempFile(location, "store-size", ".tmp");
            Files.writeString(tmp, Long.toString(bytes));
            Files.move(tmp, location.resolve(COMPACT_SIZE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            // without the record the next build records the size again
        }
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
