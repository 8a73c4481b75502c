package org.notegraph.diff;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The change from one store to another as an RDF Patch (Jena's {@code rdf-patch} text format): one
 * transaction deleting the quads only the first has and adding those only the second has, graph by
 * graph in sorted order, so the same two stores always give the same bytes. Applied to the first
 * store ({@code RDFPatchOps.applyChange}) it gives the second, named graph by named graph.
 */
public final class PatchWriter {
    private static final Comparator<Triple> ORDER = Comparator.comparing(PatchWriter::sortKey);

    private PatchWriter() {}

    /** Writes the patch from {@code from} to {@code to}; call inside read transactions of both. Returns the number of changes. */
    public static int write(DatasetGraph from, DatasetGraph to, OutputStream out) {
        RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
        int changes = 0;
        writer.start();
        writer.txnBegin();
        for (String name : graphNames(from, to)) {
            Node g = org.apache.jena.graph.NodeFactory.createURI(name);
            Graph a = from.getGraph(g);
            Graph b = to.getGraph(g);
            if (hasBlankNodes(a) && a.isIsomorphicWith(b)) continue;
            Set<Triple> before = StoreView.triples(a);
            Set<Triple> after = StoreView.triples(b);
            for (Triple t : sorted(before, after)) {
                writer.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
                changes++;
            }
            for (Triple t : sorted(after, before)) {
                writer.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                changes++;
            }
        }
        writer.txnCommit();
        writer.finish();
        return changes;
    }

    private static List<Triple> sorted(Set<Triple> these, Set<Triple> notIn) {
        List<Triple> only = new ArrayList<>();
        for (Triple t : these) if (!notIn.contains(t)) only.add(t);
        only.sort(ORDER);
        return only;
    }

    private static Set<String> graphNames(DatasetGraph from, DatasetGraph to) {
        Set<String> names = new TreeSet<>();
        for (DatasetGraph d : List.of(from, to)) {
            Iterator<Node> it = d.listGraphNodes();
            while (it.hasNext()) {
                Node n = it.next();
                if (n.isURI()) names.add(n.getURI());
            }
        }
        return names;
    }

    private static boolean hasBlankNodes(Graph g) {
        var it = g.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) return true;
            }
            return false;
        } finally {
            it.close();
        }
    }

    private static String sortKey(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject());
    }
}
