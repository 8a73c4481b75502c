package org.notegraph.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.identity.IdentityResolver;
import org.notegraph.identity.IriMinter;
import org.notegraph.identity.Resolution;
import org.notegraph.identity.ResolvedNote;
import org.notegraph.rdf.EntityGraphMapper;
import org.notegraph.rdf.NoteGraphMapper;
import org.notegraph.rdf.OntologyGraph;

/** The graphs a build writes, made without the builder, and datasets as comparable text. */
public final class Graphs {
    private Graphs() {}

    /** Note graphs, the entities graph and the ontology graph for the notes under the folders, as the builder makes them. */
    public static Map<String, Graph> forFolders(Path... folders) {
        List<ExtractedNote> notes = new ArrayList<>();
        for (Path f : folders) notes.addAll(Fixtures.extractFolder(f));
        IriMinter minter = new IriMinter(null);
        Resolution r = new IdentityResolver(minter).resolve(notes);
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (ResolvedNote n : r.notes()) graphs.put(n.iri(), NoteGraphMapper.map(n));
        graphs.put(minter.entitiesGraph(), EntityGraphMapper.map(r));
        graphs.put(minter.ontologyGraph(), OntologyGraph.of());
        return graphs;
    }

    /** All quads as sorted N-Quads lines (exact, since there are no blank nodes). */
    public static List<String> sortedQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            TreeSet<String> lines = new TreeSet<>();
            dsg.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q) + " ."));
            return new ArrayList<>(lines);
        });
    }

    /**
     * A SELECT over a graph (a store's union graph, say) as sorted rows: each row's values in the
     * query's variable order joined by {@code separator}, a literal as its lexical form, an IRI with
     * the default instance base cut off, an unbound value as "-".
     */
    public static Set<String> selectRows(Graph graph, String select, String separator) {
        Set<String> out = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(select).build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> values = new ArrayList<>();
                for (String v : vars) values.add(text(row.get(v)));
                out.add(String.join(separator, values));
            }
        }
        return out;
    }

    private static String text(RDFNode n) {
        if (n == null) return "-";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        return n.isURIResource() ? n.asResource().getURI().replace("https://notegraph.example/", "") : n.toString();
    }

    /** A TriG file's graphs merged into the default graph of a transactional dataset, as the store's queries see its union. */
    public static DatasetGraph unionAsDefault(String trigPath) {
        DatasetGraph loaded = RDFDataMgr.loadDatasetGraph(trigPath);
        DatasetGraph union = DatasetGraphFactory.createTxnMem();
        loaded.getUnionGraph().find().forEachRemaining(t -> union.getDefaultGraph().add(t));
        return union;
    }
}
