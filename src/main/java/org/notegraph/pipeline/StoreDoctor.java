package org.notegraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;
import org.notegraph.identity.IriMinter;
import org.notegraph.model.Namespaces;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.NoteReader;
import org.notegraph.notes.NoteSource;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Vocab;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * Checks that a store is what a build leaves: each note graph has exactly one ng:Note with its path
 * and content hash, its mentions belong to it, the entities graph links every paper mention to an
 * ng:Paper and links no mention that is gone, the ontology and vocabulary graphs are there, and (given
 * the notes) every file's SHA-256 is the one stored, no file is missing from the store and no graph
 * has lost its file. Reads only; never creates or changes a store.
 */
public final class StoreDoctor {
    /** One inconsistency, or a notice that is not one: {@code where} is a graph IRI or a file. */
    public record Problem(String where, int line, String message) {
        public String format() { return (line > 0 ? where + ":" + line : where) + ": " + message; }
    }

    public enum Status { CONSISTENT, INCONSISTENT, CANNOT_OPEN }

    /** What the check found; {@code notices} are not problems (notes a build skips, and why). */
    public record Report(Status status, List<Problem> problems, List<Problem> notices, int graphs, int notes,
                         int files, String cannotOpen, boolean locked) {}

    private final long maxNoteBytes;

    public StoreDoctor() { this(NoteReader.DEFAULT_MAX_BYTES); }

    public StoreDoctor(long maxNoteBytes) { this.maxNoteBytes = maxNoteBytes <= 0 ? NoteReader.DEFAULT_MAX_BYTES : maxNoteBytes; }

    /** Checks the store at {@code db}, and against the note files under {@code inputs} when any are given. */
    public Report check(Path db, List<Path> inputs, List<String> includes) {
        String refused = refuse(db);
        if (refused != null) return cannotOpen(refused, false);
        NoteStore store;
        try {
            store = Stores.openExisting(db);
        } catch (RuntimeException | StackOverflowError e) {
            return cannotOpen(why(e), isLock(e));
        }
        try (store) {
            Snapshot s = store.read(Snapshot::of);
            List<Problem> problems = new ArrayList<>();
            List<Problem> notices = new ArrayList<>();
            storeProblems(s, problems);
            if (inputs != null && !inputs.isEmpty()) fileProblems(s, inputs, includes, problems, notices);
            return new Report(problems.isEmpty() ? Status.CONSISTENT : Status.INCONSISTENT, problems, notices,
                    s.graphs.size(), s.notes.size(), s.files, null, false);
        } catch (RuntimeException | StackOverflowError e) {
            return cannotOpen("cannot read the store (" + why(e) + ")", isLock(e));
        }
    }

    private static Report cannotOpen(String why, boolean locked) {
        return new Report(Status.CANNOT_OPEN, List.of(), List.of(), 0, 0, 0, why, locked);
    }

    /** Why a folder is not a store to open (opening would create one), or null. */
    private static String refuse(Path db) {
        if (!Files.exists(db)) return "no store at " + db;
        if (!Files.isDirectory(db)) return db + " is not a folder";
        try (Stream<Path> all = Files.walk(db, 2)) {
            if (all.noneMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"))) {
                return db + " holds no TDB2 store (no Data-NNNN folder)";
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return "cannot read " + db + ": " + e.getMessage();
        }
        return null;
    }

    private static String why(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    private static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.notegraph.store.StoreLockedException) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ what the store holds

    /** A note graph's note: its IRI, path and content hash (each list as found, to tell none from several). */
    record NoteInfo(String graph, List<Node> notes, List<String> paths, List<String> hashes) {}

    /** Everything the checks need, read in one read transaction. */
    static final class Snapshot {
        final Set<String> graphs = new TreeSet<>();
        final String base;
        final Map<String, NoteInfo> notes = new TreeMap<>();
        final List<Problem> found = new ArrayList<>();
        int files;

        private Snapshot(String base) { this.base = base; }

        static Snapshot of(DatasetGraph d) {
            Set<String> names = new TreeSet<>();
            d.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            Snapshot s = new Snapshot(base(d, names));
            s.graphs.addAll(names);
            s.read(d);
            return s;
        }

        String entities() { return new IriMinter(base).entitiesGraph(); }

        /** The build's base IRI: from the names of the graphs it always writes, else from a note's IRI and path. */
        private static String base(DatasetGraph d, Set<String> names) {
            for (String suffix : List.of("graph/entities", "graph/ontology", "graph/vocabulary")) {
                for (String n : names) if (n.endsWith(suffix)) return n.substring(0, n.length() - suffix.length());
            }
            var it = d.find(Node.ANY, Node.ANY, NG.path, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.getSubject().isURI() || !q.getObject().isLiteral()) continue;
                String tail = "note/" + IriMinter.encodePath(q.getObject().getLiteralLexicalForm());
                String iri = q.getSubject().getURI();
                if (iri.endsWith(tail)) return iri.substring(0, iri.length() - tail.length());
            }
            return Namespaces.DEFAULT_BASE;
        }

        private void read(DatasetGraph d) {
            IriMinter minter = new IriMinter(base);
            Node entities = NodeFactory.createURI(minter.entitiesGraph());
            Node vocabulary = NodeFactory.createURI(minter.vocabularyGraph());
            Set<String> known = Set.of(minter.entitiesGraph(), minter.ontologyGraph(), minter.vocabularyGraph(), minter.buildGraph(),
                    minter.enrichmentGraph());
            for (String required : List.of(minter.entitiesGraph(), minter.ontologyGraph(), minter.vocabularyGraph())) {
                if (!graphs.contains(required)) found.add(new Problem(required, 0, "missing: a build always writes this graph"));
            }
            String notePrefix = base + "note/";
            for (String name : graphs) {
                if (known.contains(name)) continue;
                if (!name.startsWith(notePrefix)) {
                    found.add(new Problem(name, 0, "a graph notegraph does not write (neither a note nor entities, ontology or vocabulary)"));
                    continue;
                }
                Node g = NodeFactory.createURI(name);
                NoteInfo info = noteInfo(d, g);
                notes.put(name, info);
                checkNote(d, g, info, entities, vocabulary);
            }
            checkEntities(d, entities);
        }

        private static NoteInfo noteInfo(DatasetGraph d, Node g) {
            List<Node> ns = new ArrayList<>();
            d.find(g, Node.ANY, RDF.type.asNode(), NG.Note).forEachRemaining(q -> ns.add(q.getSubject()));
            List<String> paths = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            if (ns.size() == 1) {
                d.find(g, ns.get(0), NG.path, Node.ANY).forEachRemaining(q -> paths.add(lexical(q.getObject())));
                d.find(g, ns.get(0), NG.contentHash, Node.ANY).forEachRemaining(q -> hashes.add(lexical(q.getObject())));
            }
            return new NoteInfo(g.getURI(), ns, paths, hashes);
        }

        private static String lexical(Node n) { return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString(); }

        private void checkNote(DatasetGraph d, Node g, NoteInfo info, Node entities, Node vocabulary) {
            String where = g.getURI();
            if (info.notes().size() != 1) {
                found.add(new Problem(where, 0, "holds " + info.notes().size() + " ng:Note resources, not exactly one"));
                return;
            }
            Node note = info.notes().get(0);
            if (!note.equals(g)) found.add(new Problem(where, 0, "its ng:Note is " + note + ", not the graph's own IRI"));
            if (info.paths().size() != 1) found.add(new Problem(where, 0, "has " + info.paths().size() + " ng:path values, not exactly one"));
            if (info.hashes().size() != 1) {
                found.add(new Problem(where, 0, "has " + info.hashes().size() + " ng:contentHash values, not exactly one"));
            } else if (!info.hashes().get(0).matches("[0-9a-f]{64}")) {
                found.add(new Problem(where, 0, "ng:contentHash \"" + info.hashes().get(0) + "\" is not a SHA-256 in hex"));
            }
            // every statement of this graph that says where it was read points to this note
            d.find(g, Node.ANY, NG.inNote, Node.ANY).forEachRemaining(q -> {
                if (!q.getObject().equals(note)) {
                    found.add(new Problem(where, 0, q.getSubject() + " is ng:inNote " + q.getObject() + ", not this note"));
                }
            });
            for (Node kind : List.of(NG.PaperMention, NG.ConceptMention)) {
                d.find(g, Node.ANY, RDF.type.asNode(), kind).forEachRemaining(q -> {
                    if (!d.contains(g, q.getSubject(), NG.inNote, Node.ANY)) {
                        found.add(new Problem(where, 0, "mention " + q.getSubject() + " has no ng:inNote"));
                    }
                });
            }
            d.find(g, Node.ANY, RDF.type.asNode(), NG.PaperMention).forEachRemaining(q -> {
                Node m = q.getSubject();
                List<Node> bodies = new ArrayList<>();
                d.find(entities, m, Vocab.OA.hasBody, Node.ANY).forEachRemaining(b -> bodies.add(b.getObject()));
                if (bodies.isEmpty()) {
                    found.add(new Problem(where, 0, "paper mention " + m + " has no oa:hasBody link in the entities graph"));
                }
            });
            d.find(g, Node.ANY, RDF.type.asNode(), NG.ConceptMention).forEachRemaining(q -> {
                d.find(g, q.getSubject(), Vocab.OA.hasBody, Node.ANY).forEachRemaining(b -> {
                    Node c = b.getObject();
                    if (!d.contains(vocabulary, c, RDF.type.asNode(), SKOS.Concept.asNode())
                            && !d.contains(entities, c, RDF.type.asNode(), SKOS.Concept.asNode())) {
                        found.add(new Problem(where, 0, "concept mention " + q.getSubject() + " names " + c
                                + ", a concept in neither the vocabulary nor the entities graph"));
                    }
                });
            });
        }

        private void checkEntities(DatasetGraph d, Node entities) {
            String where = entities.getURI();
            d.find(entities, Node.ANY, Vocab.OA.hasBody, Node.ANY).forEachRemaining(q -> {
                Node m = q.getSubject();
                Node paper = q.getObject();
                if (!d.contains(entities, paper, RDF.type.asNode(), NG.Paper)) {
                    found.add(new Problem(where, 0, m + " oa:hasBody " + paper + ", which is not an ng:Paper here"));
                }
                Node home = m.isURI() ? noteOf(m.getURI()) : null;
                boolean exists = home != null && d.contains(home, m, RDF.type.asNode(), NG.PaperMention)
                        || d.contains(Node.ANY, m, RDF.type.asNode(), NG.PaperMention);
                if (!exists) found.add(new Problem(where, 0, "links " + m + ", a mention no note graph holds (left from an older build)"));
            });
            d.find(entities, Node.ANY, NG.mentionedIn, Node.ANY).forEachRemaining(q -> {
                Node n = q.getObject();
                if (n.isURI() && !graphs.contains(n.getURI())) {
                    found.add(new Problem(where, 0, q.getSubject() + " is ng:mentionedIn " + n + ", a note with no graph"));
                }
            });
        }

        /** The note graph a mention IRI belongs to ({@code <note>/mention/<line>-<n>}), or null. */
        private static Node noteOf(String mention) {
            int i = mention.lastIndexOf("/mention/");
            return i < 0 ? null : NodeFactory.createURI(mention.substring(0, i));
        }
    }

    private static void storeProblems(Snapshot s, List<Problem> problems) {
        problems.addAll(s.found);
    }

    // ------------------------------------------------------------------ the note files

    private void fileProblems(Snapshot s, List<Path> inputs, List<String> includes, List<Problem> problems, List<Problem> notices) {
        Diagnostics diagnostics = new Diagnostics();
        List<NoteFile> files = new NoteSource(includes).find(inputs, diagnostics);
        s.files = files.size();
        for (Diagnostic d : diagnostics.all()) {
            if (d.severity() == Diagnostic.Severity.ERROR) problems.add(new Problem(d.file(), d.line(), d.message()));
        }
        Map<String, NoteInfo> byPath = new LinkedHashMap<>();
        for (NoteInfo n : s.notes.values()) if (n.paths().size() == 1) byPath.put(n.paths().get(0), n);
        Set<String> onDisk = new TreeSet<>();
        NoteParser parser = new NoteParser(new NoteReader(maxNoteBytes));
        for (NoteFile f : files) {
            onDisk.add(f.relativePath());
            NoteInfo stored = byPath.get(f.relativePath());
            if (stored != null) {
                Optional<String> hash = sha256(f.path(), problems, f.relativePath());
                if (hash.isPresent() && stored.hashes().size() == 1 && !hash.get().equals(stored.hashes().get(0))) {
                    problems.add(new Problem(f.relativePath(), 0, "changed since the build: its SHA-256 is not the ng:contentHash of "
                            + stored.graph()));
                }
                continue;
            }
            Diagnostics why = new Diagnostics();
            if (parser.read(f, why).isEmpty()) {
                Diagnostic d = why.all().isEmpty() ? null : why.all().get(0);
                notices.add(new Problem(f.relativePath(), d == null ? 0 : d.line(),
                        "not in the store, as a build skips it: " + (d == null ? "cannot be read" : d.message())));
            } else {
                problems.add(new Problem(f.relativePath(), 0, "not in the store (added since the build?)"));
            }
        }
        for (NoteInfo n : s.notes.values()) {
            if (n.paths().size() == 1 && !onDisk.contains(n.paths().get(0))) {
                problems.add(new Problem(n.graph(), 0, "note \"" + n.paths().get(0)
                        + "\" has no file in the notes given (deleted or renamed since the build?)"));
            }
        }
    }

    /** The SHA-256 of a file's bytes, as {@link NoteReader} computes it, streamed. */
    private static Optional<String> sha256(Path file, List<Problem> problems, String where) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return Optional.of(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (IOException e) {
            problems.add(new Problem(where, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
