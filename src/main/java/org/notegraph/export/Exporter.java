package org.notegraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;

/**
 * Writes the store as Turtle or N-Triples (the union of all graphs) or as TriG, N-Quads or JSON-LD
 * (named graphs kept). Statements are sorted and the graph has no blank nodes, so the same store
 * always gives a byte-identical file that diffs well in git.
 */
public final class Exporter {
    public enum Format { TURTLE, TRIG, NT, NQ, JSONLD }

    private static final Comparator<Node> NODE_ORDER = NodeCmp::compareRDFTerms;
    private static final Comparator<Quad> QUAD_ORDER = Comparator
            .comparing(Quad::getGraph, NODE_ORDER).thenComparing(Quad::getSubject, NODE_ORDER)
            .thenComparing(Quad::getPredicate, NODE_ORDER).thenComparing(Quad::getObject, NODE_ORDER);

    private final PrefixMapping prefixes;

    public Exporter(PrefixMapping prefixes) { this.prefixes = prefixes; }

    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    }

    /** Writes; returns the number of statements written. */
    public long write(DatasetGraph dsg, Format format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> switch (format) {
            case TURTLE -> triples(dsg, RDFFormat.TURTLE_BLOCKS, out);
            case NT -> triples(dsg, RDFFormat.NTRIPLES_UTF8, out);
            case TRIG -> quads(dsg, RDFFormat.TRIG_BLOCKS, out);
            case NQ -> quads(dsg, RDFFormat.NQUADS_UTF8, out);
            case JSONLD -> jsonld(dsg, out);
        });
    }

    private long triples(DatasetGraph dsg, RDFFormat fmt, OutputStream out) {
        List<Triple> all = new ArrayList<>();
        dsg.getUnionGraph().find().forEachRemaining(all::add);
        all.sort(Comparator.comparing(Triple::getSubject, NODE_ORDER).thenComparing(Triple::getPredicate, NODE_ORDER)
                .thenComparing(Triple::getObject, NODE_ORDER));
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, fmt, directives());
        stream.start();
        if (fmt != RDFFormat.NTRIPLES_UTF8) new TreeMap<>(prefixes.getNsPrefixMap()).forEach(stream::prefix);
        Triple previous = null;
        long n = 0;
        for (Triple t : all) {
            if (t.equals(previous)) continue;
            stream.triple(t);
            previous = t;
            n++;
        }
        stream.finish();
        return n;
    }

    private long quads(DatasetGraph dsg, RDFFormat fmt, OutputStream out) {
        List<Quad> all = new ArrayList<>();
        dsg.find().forEachRemaining(all::add);
        all.sort(QUAD_ORDER);
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, fmt, directives());
        stream.start();
        if (fmt != RDFFormat.NQUADS_UTF8) new TreeMap<>(prefixes.getNsPrefixMap()).forEach(stream::prefix);
        all.forEach(stream::quad);
        stream.finish();
        return all.size();
    }

    /** Turtle and TriG with {@code @prefix} directives, which every Turtle parser reads (SPARQL-style PREFIX is Turtle 1.1 only). */
    private static Context directives() {
        Context c = new Context();
        c.set(RIOT.symTurtleDirectiveStyle, "at");
        return c;
    }

    private long jsonld(DatasetGraph dsg, OutputStream out) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        dsg.find().forEachRemaining(copy::add);
        copy.prefixes().putAll(prefixes);
        RDFDataMgr.write(out, copy, RDFFormat.JSONLD11);
        return copy.stream().count();
    }
}
