package org.notegraph.export;

import static org.notegraph.testing.FuzzNotes.check;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.NoteExtractor;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.identity.IdentityResolver;
import org.notegraph.identity.IriMinter;
import org.notegraph.identity.Resolution;
import org.notegraph.identity.ResolvedNote;
import org.notegraph.notes.ParsedNote;
import org.notegraph.rdf.EntityGraphMapper;
import org.notegraph.rdf.NoteGraphMapper;
import org.notegraph.rdf.Prefixes;
import org.notegraph.testing.FuzzNotes;

/**
 * Fuzz target: a fuzzed note through extraction, identity and the RDF mappers, exported as Turtle
 * and TriG and parsed back by RIOT with the strict error handler (a warning is a failure). Both
 * parse, give back as many statements as were written, and every IRI in them is valid.
 */
class ExporterFuzzTest {
    private static final NoteExtractor EXTRACTOR = NoteExtractor.defaults();
    private static final IriMinter MINTER = new IriMinter(null);
    private static final IdentityResolver RESOLVER = new IdentityResolver(MINTER, ConceptVocabulary.bundled());
    private static final Exporter EXPORTER = new Exporter(Prefixes.standard(MINTER.base()));

    @DictionaryFile(resourcePath = "/org/notegraph/notes.dict")
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedNote note = FuzzNotes.parse(bytes, diagnostics).orElse(null);
        if (note == null) return;
        ExtractedNote extracted = EXTRACTOR.extract(note, diagnostics);
        FuzzNotes.checkDiagnostics(diagnostics, bytes);
        Resolution resolution = RESOLVER.resolve(List.of(extracted));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (ResolvedNote n : resolution.notes()) add(dataset, n.iri(), NoteGraphMapper.map(n));
        add(dataset, MINTER.entitiesGraph(), EntityGraphMapper.map(resolution));

        for (Exporter.Format format : new Exporter.Format[] {Exporter.Format.TURTLE, Exporter.Format.TRIG}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long written = EXPORTER.write(dataset, format, out);
            DatasetGraph back = DatasetGraphFactory.createGeneral();
            try {
                RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8),
                                format == Exporter.Format.TURTLE ? Lang.TURTLE : Lang.TRIG)
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(back);
            } catch (RuntimeException e) {
                throw new AssertionError(format + " export does not parse: " + e.getMessage(), e);
            }
            long read = format == Exporter.Format.TURTLE ? back.getDefaultGraph().size() : back.stream().count();
            check(read == written, format + ": " + written + " statements written, " + read + " read back");
            back.find().forEachRemaining(q -> {
                for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                    if (n.isURI() && !isDefaultGraph(n)) FuzzNotes.checkIri(n.getURI(), format + " node");
                    check(!n.isBlank(), format + " export has a blank node");
                }
            });
        }
    }

    private static boolean isDefaultGraph(Node n) {
        return org.apache.jena.sparql.core.Quad.isDefaultGraph(n);
    }

    private static void add(DatasetGraph dataset, String graphIri, Graph graph) {
        Node g = NodeFactory.createURI(graphIri);
        dataset.executeWrite(() -> graph.find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
    }
}
