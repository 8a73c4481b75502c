package org.notegraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.NoteExtractor;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.identity.IdentityResolver;
import org.notegraph.identity.IriMinter;
import org.notegraph.identity.Resolution;
import org.notegraph.identity.ResolvedNote;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.NoteReader;
import org.notegraph.notes.NoteSource;
import org.notegraph.rdf.EntityGraphMapper;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.NoteGraphMapper;
import org.notegraph.rdf.OntologyGraph;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.validate.NoteValidator;
import org.notegraph.validate.ValidationResults;

/**
 * Runs the pipeline end to end: find notes, read and extract them (in parallel, or take them from the
 * extraction cache), resolve identities, map one graph per note plus the entities and ontology graphs,
 * write what changed to the store in one transaction, validate.
 * A note that cannot be read is reported and skipped; the others are still built.
 */
public final class Builder {
    /** Receives progress: the number of notes found, then each note read. */
    public interface Progress {
        void started(int notes);

        void noteDone();

        void storing();

        Progress NONE = new Progress() {
            public void started(int notes) {}
            public void noteDone() {}
            public void storing() {}
        };
    }

    private final java.nio.file.Path sharedCache;

    /** A builder whose extraction cache lives beside the store it builds into. */
    public Builder() { this(null); }

    private Builder(java.nio.file.Path sharedCache) { this.sharedCache = sharedCache; }

    /**
     * A builder whose extraction cache is the given folder, shared by several builds (the two
     * revisions of a diff, and the user's own store): nothing is pruned from it, so one build does not
     * drop what another put there.
     */
    public Builder withSharedCache(java.nio.file.Path cacheFolder) { return new Builder(cacheFolder); }

    /** The extraction cache folder of a store, for {@link #withSharedCache}. */
    public static java.nio.file.Path cacheFolder(java.nio.file.Path storeDir) { return ExtractionCache.folder(storeDir); }

    /** Builds into the store named by the options, opening and closing it. */
    public BuildReport build(BuildOptions options, Diagnostics diagnostics, Progress progress) {
        return build(options, diagnostics, progress, true);
    }

    /** As {@link #build(BuildOptions, Diagnostics, Progress)}, validating only when asked. */
    public BuildReport build(BuildOptions options, Diagnostics diagnostics, Progress progress, boolean validate) {
        try (NoteStore store = Stores.open(options.db())) {
            return build(options, store, diagnostics, progress, validate, true);
        }
    }

    /**
     * Builds into an open store (shared with a running server, for instance). Incremental: a note
     * whose content hash and extraction fingerprint are unchanged is not extracted again (its
     * extraction comes from the cache) and its graph is not rewritten; the graphs of changed,
     * new, renamed and deleted notes and the entities graph are replaced, all in one write
     * transaction, so the result is the same dataset a build from scratch gives.
     */
    public BuildReport build(BuildOptions options, NoteStore store, Diagnostics diagnostics, Progress progress,
                             boolean validate) {
        return build(options, store, diagnostics, progress, validate, false);
    }

    /**
     * As above; {@code ownStore} says this build opened the store itself, so no server reads it and a
     * large rewrite may bulk-load a fresh store and swap it in (a store shared with a running server
     * always takes the one write transaction).
     */
    private BuildReport build(BuildOptions options, NoteStore store, Diagnostics diagnostics, Progress progress,
                              boolean validate, boolean ownStore) {
        long t0 = System.nanoTime();
        List<NoteFile> files = new NoteSource(options.includes()).find(options.inputs(), diagnostics);
        int diagnosticsBefore = diagnostics.all().size();
        progress.started(files.size());
        NoteParser parser = new NoteParser(new NoteReader(options.maxNoteBytes()));
        BuildSummaryCache summaries = new BuildSummaryCache(store.location());
        Optional<BuildReport> unchanged = unchanged(options, store, files, parser, summaries, diagnostics, progress, validate, t0);
        if (unchanged.isPresent()) return unchanged.get();
        ExtractorSetup setup = ExtractorSetup.of(options, diagnostics);
        NoteExtractor extractor = setup.extractor();
        ConceptVocabulary vocabulary = setup.vocabulary();
        String fingerprint = Fingerprint.of(options, setup.vocabularyFiles(), setup.libraryFiles());
        ExtractionCache cache = sharedCache == null ? new ExtractionCache(store.location(), fingerprint)
                : ExtractionCache.shared(sharedCache, fingerprint);
        java.util.concurrent.atomic.AtomicInteger extractedNow = new java.util.concurrent.atomic.AtomicInteger();
        List<ExtractedNote> extracted = files.parallelStream().map(f -> {
            Optional<ExtractedNote> e = readOne(f, parser, extractor, cache, diagnostics, extractedNow);
            progress.noteDone();
            return e;
        }).flatMap(Optional::stream).toList();
        int notesBuilt = extracted.size();

        IriMinter minter = new IriMinter(options.base());
        Resolution resolution = new IdentityResolver(minter, vocabulary).resolve(extracted);
        extracted = null;
        resolution.diagnostics().forEach(diagnostics::add);
        progress.storing();
        String storedFingerprint = store.value(minter.buildGraph(), minter.buildGraph(), NG.extractionFingerprint.getURI()).orElse("");
        boolean sameRules = storedFingerprint.equals(fingerprint);
        Map<String, String> storedHashes = store.noteHashes();
        GraphsOnDemand replacements = new GraphsOnDemand();
        List<ResolvedNote> rewritten = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        Set<String> cacheKeys = new HashSet<>();
        Map<String, String> hashes = new HashMap<>();
        AtomicLong made = new AtomicLong();
        for (ResolvedNote n : resolution.notes()) {
            keep.add(n.iri());
            hashes.put(n.iri(), n.note().sha256());
            cacheKeys.add(ExtractionCache.key(n.note().path(), n.note().sha256()));
            if (!sameRules || !n.note().sha256().equals(storedHashes.get(n.iri()))) {
                rewritten.add(n);
                replacements.put(n.iri(), counted(store, made, () -> NoteGraphMapper.map(n)));
            }
        }
        Graph entities = EntityGraphMapper.map(resolution);
        long entitiesQuads = store.storedSize(entities);
        replacements.put(minter.entitiesGraph(), () -> entities);
        keep.add(minter.entitiesGraph());
        // the enrichment graph is notegraph enrich's: a build neither writes nor drops it
        for (String fixed : List.of(minter.ontologyGraph(), minter.vocabularyGraph(), minter.buildGraph(), minter.enrichmentGraph())) keep.add(fixed);
        Set<String> storedGraphs = store.graphNames();
        if (!sameRules || !storedGraphs.contains(minter.ontologyGraph())) {
            replacements.put(minter.ontologyGraph(), counted(store, made, OntologyGraph::of));
            replacements.put(minter.vocabularyGraph(), counted(store, made, vocabulary::graph));
        }
        Set<String> removals = new java.util.TreeSet<>(storedGraphs);
        removals.removeAll(keep);
        long unchangedQuads = quadsKept(store, minter, replacements.keySet(), removals) + entitiesQuads + BUILD_GRAPH_QUADS;
        AtomicLong quadsAfter = new AtomicLong(-1);
        replacements.put(minter.buildGraph(), () -> {
            quadsAfter.set(unchangedQuads + made.get());
            return buildGraph(minter, fingerprint, quadsAfter.get(), entitiesQuads);
        });
        ValidationCache validations = new ValidationCache(store.location());
        Optional<ValidationResults> earlier = validate && options.shapes() == null
                ? validations.get(ValidationCache.state(storedHashes, storedFingerprint)) : Optional.empty();
        long bulkMin = bulkLoadMinQuads();
        boolean bulk = ownStore && bulkMin < Long.MAX_VALUE
                && rewritesMostNotes(replacements, resolution.notes().size(), minter)
                && unchangedQuads + sizes(store, rewritten) >= bulkMin;
        int papers = resolution.papers().size();
        int mentions = resolution.mentionCount();
        resolution = null;
        rewritten = null;
        Set<Node> touched = null;
        if (bulk) {
            store.load(replacements, keep);
        } else {
            touched = store.apply(replacements, removals);
            store.compactIfGrown(COMPACT_GROWTH);
        }
        long quads = quadsAfter.get();
        if (quads < 0) throw new IllegalStateException("the store wrote the graphs but not the build graph, which comes last");
        int notesRewritten = (int) replacements.keySet().stream().filter(keep::contains).filter(k -> k.startsWith(minter.note(""))).count();
        replacements = null;
        if (sharedCache == null) cache.retain(cacheKeys);

        String state = ValidationCache.state(hashes, fingerprint);
        if (diagnostics.droppedCount() == 0 && hashes.size() == files.size()) {
            List<org.notegraph.diag.Diagnostic> all = diagnostics.all();
            summaries.put(state, new BuildSummaryCache.Summary(notesBuilt, papers,
                    mentions, List.copyOf(all.subList(Math.min(diagnosticsBefore, all.size()), all.size()))));
        }

        ValidationResults validation = null;
        if (validate) {
            NoteValidator validator = options.shapes() == null ? NoteValidator.defaults()
                    : NoteValidator.fromFile(options.shapes().toString());
            Set<Node> changed = touched;
            boolean small = changed != null && earlier.isPresent() && changed.size() * 20L <= quads;
            boolean roomForCopy = quads * COPY_BYTES_PER_QUAD < Runtime.getRuntime().maxMemory() / 4;
            validation = store.read(d -> small
                    ? validator.revalidate(d.getUnionGraph(), withNeighbours(d.getUnionGraph(), changed), earlier.get())
                    : roomForCopy ? validator.validate(d.getUnionGraph()) : validator.validateInPlace(d.getUnionGraph()));
            if (options.shapes() == null) validations.put(state, validation);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new BuildReport(files.size(), notesBuilt, papers, mentions,
                quads, seconds, diagnostics.all(), validation, extractedNow.get(), notesRewritten, removals.size());
    }

    /** A graph maker that adds the graph's stored size to {@code made} each time it makes it. */
    private static Supplier<Graph> counted(NoteStore store, AtomicLong made, Supplier<Graph> maker) {
        return () -> {
            Graph g = maker.get();
            made.addAndGet(store.storedSize(g));
            return g;
        };
    }

    /** The stored size of these notes' graphs, made here once more: only when a bulk load is possible. */
    private static long sizes(NoteStore store, List<ResolvedNote> notes) {
        long n = 0;
        for (ResolvedNote note : notes) n += store.storedSize(NoteGraphMapper.map(note));
        return n;
    }

    /**
     * A build with nothing to do: every note found reads as it did (its content hash is the one
     * stored with its graph, no note was added or removed) and the fingerprint is the stored one, so
     * the store already holds what this build would write. It then reads no cached extraction,
     * resolves no identity and writes nothing: the counts and problems are the last build's (kept in
     * {@link BuildSummaryCache} for exactly this state) and validation reuses the last results. Empty
     * when anything differs, or a note meets a problem before its hash.
     */
    private static Optional<BuildReport> unchanged(BuildOptions options, NoteStore store, List<NoteFile> files, NoteParser parser,
                                                   BuildSummaryCache summaries, Diagnostics diagnostics, Progress progress,
                                                   boolean validate, long t0) {
        Diagnostics setupProblems = new Diagnostics();
        String fingerprint = Fingerprint.of(options, ExtractorSetup.vocabularyFiles(options, setupProblems),
                ExtractorSetup.libraryFiles(options, setupProblems));
        if (!setupProblems.all().isEmpty()) return Optional.empty();
        IriMinter minter = new IriMinter(options.base());
        String build = minter.buildGraph();
        if (!store.value(build, build, NG.extractionFingerprint.getURI()).orElse("").equals(fingerprint)) return Optional.empty();
        Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
        boolean allRead = files.parallelStream().allMatch(f -> {
            Diagnostics own = new Diagnostics();
            Optional<byte[]> bytes = parser.readBytes(f, own);
            if (bytes.isEmpty() || !own.all().isEmpty()) return false;
            return hashes.put(minter.note(f.relativePath()), NoteReader.sha256(bytes.get())) == null;
        });
        if (!allRead || !hashes.equals(store.noteHashes())) return Optional.empty();
        String state = ValidationCache.state(hashes, fingerprint);
        Optional<BuildSummaryCache.Summary> last = summaries.get(state);
        Optional<Long> quads = store.value(build, build, NG.quadCount.getURI()).flatMap(Builder::parseCount);
        if (last.isEmpty() || quads.isEmpty()) return Optional.empty();
        for (int i = 0; i < files.size(); i++) progress.noteDone();
        progress.storing();
        last.get().diagnostics().forEach(diagnostics::add);
        ValidationResults validation = null;
        if (validate) {
            ValidationCache validations = new ValidationCache(store.location());
            Optional<ValidationResults> earlier = options.shapes() == null ? validations.get(state) : Optional.empty();
            if (earlier.isPresent()) {
                validation = earlier.get();
            } else {
                NoteValidator validator = options.shapes() == null ? NoteValidator.defaults()
                        : NoteValidator.fromFile(options.shapes().toString());
                validation = store.read(d -> validator.validate(d.getUnionGraph()));
                if (options.shapes() == null) validations.put(state, validation);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        BuildSummaryCache.Summary s = last.get();
        return Optional.of(new BuildReport(files.size(), s.notesBuilt(), s.papers(), s.mentions(), quads.get(), seconds,
                diagnostics.all(), validation, 0, 0, 0));
    }

    /**
     * The nodes whose validation results a change may have changed: the subjects of the changed
     * quads, what links to them and what they link to (a shape checks the type of what a node links
     * to, and a result is located through the mentions that link to its node).
     */
    private static Set<Node> withNeighbours(Graph union, Set<Node> touched) {
        Set<Node> nodes = new HashSet<>(touched);
        for (Node t : touched) {
            union.find(Node.ANY, Node.ANY, t).forEachRemaining(x -> nodes.add(x.getSubject()));
            union.find(t, Node.ANY, Node.ANY).forEachRemaining(x -> { if (!x.getObject().isLiteral()) nodes.add(x.getObject()); });
        }
        return nodes;
    }

    /** The build graph's own quads: the fingerprint, the store's quad count and the entities graph's. */
    private static final int BUILD_GRAPH_QUADS = 3;

    /**
     * Below this many quads a fresh store costs more than it saves: off unless
     * -Dnotegraph.bulkLoadMinQuads=N sets it, read at each build.
     */
    private static long bulkLoadMinQuads() { return Long.getLong("notegraph.bulkLoadMinQuads", Long.MAX_VALUE); }

    /**
     * What a quad costs in an in-memory copy (three indexes over the triples): a full validation
     * copies the store when the copy takes under a quarter of the heap, which makes SHACL about
     * 1.7 times faster, and validates the store where it is otherwise, so a large store builds in a
     * small heap.
     */
    private static final long COPY_BYTES_PER_QUAD = 300;

    /** An incremental build compacts the store once its data has grown past this many times its compacted size. */
    static final double COMPACT_GROWTH = 2.0;

    /**
     * Whether this build rewrites at least half of the note graphs (a first build, new rules, or
     * most notes edited): such a build bulk-loads a fresh store and swaps it in, which is faster than
     * writing the changes into the old one and leaves a compact store.
     */
    private static boolean rewritesMostNotes(Map<String, Graph> replacements, int notes, IriMinter minter) {
        String notePrefix = minter.note("");
        long rewritten = replacements.keySet().stream().filter(k -> k.startsWith(notePrefix)).count();
        return rewritten * 2 >= notes;
    }

    private static Graph buildGraph(IriMinter minter, String fingerprint, long quads, long entitiesQuads) {
        Graph g = GraphFactory.createGraphMem();
        Node build = NodeFactory.createURI(minter.buildGraph());
        g.add(build, NG.extractionFingerprint, NodeFactory.createLiteralString(fingerprint));
        g.add(build, NG.quadCount, NodeFactory.createLiteralDT(Long.toString(quads), XSDDatatype.XSDinteger));
        g.add(NodeFactory.createURI(minter.entitiesGraph()), NG.quadCount,
                NodeFactory.createLiteralDT(Long.toString(entitiesQuads), XSDDatatype.XSDinteger));
        return g;
    }

    /**
     * The quads of the store that this build keeps as they are: the count the last build stored,
     * less the graphs it replaces or removes and the build graph, so that a small change costs no
     * pass over the whole store (the entities graph, replaced by every build and the largest, has
     * its count stored too). A store without a stored count is counted once.
     */
    private static long quadsKept(NoteStore store, IriMinter minter, Set<String> replaced, Set<String> removals) {
        String build = minter.buildGraph();
        String entities = minter.entitiesGraph();
        long quads = store.value(build, build, NG.quadCount.getURI()).flatMap(Builder::parseCount).orElseGet(store::quadCount);
        for (String name : replaced) {
            if (name.equals(build)) continue;
            quads -= name.equals(entities)
                    ? store.value(build, entities, NG.quadCount.getURI()).flatMap(Builder::parseCount).orElseGet(() -> store.quadCount(entities))
                    : store.quadCount(name);
        }
        for (String name : removals) quads -= store.quadCount(name);
        return quads - store.quadCount(build);
    }

    private static Optional<Long> parseCount(String lexical) {
        try {
            return Optional.of(Long.parseLong(lexical));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ExtractedNote> readOne(NoteFile f, NoteParser parser, NoteExtractor extractor,
                                                   ExtractionCache cache, Diagnostics diagnostics,
                                                   java.util.concurrent.atomic.AtomicInteger extractedNow) {
        String where = f.relativePath();
        try {
            Optional<byte[]> bytes = parser.readBytes(f, diagnostics);
            if (bytes.isEmpty()) return Optional.empty();
            String sha = NoteReader.sha256(bytes.get());
            Optional<ExtractionCache.Entry> cached = cache.get(where, sha);
            if (cached.isPresent()) {
                cached.get().diagnostics().forEach(diagnostics::add);
                return Optional.of(cached.get().note());
            }
            Diagnostics own = new Diagnostics();
            Optional<ExtractedNote> note = parser.read(f, bytes.get(), own)
                    .map(p -> extractor.extract(p, own));
            own.all().forEach(diagnostics::add);
            note.ifPresent(n -> {
                extractedNow.incrementAndGet();
                cache.put(new ExtractionCache.Entry(n, own.all()));
            });
            return note;
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(where, 0, "internal error while reading this note (" + e + "); note skipped");
        }
        return Optional.empty();
    }
}
