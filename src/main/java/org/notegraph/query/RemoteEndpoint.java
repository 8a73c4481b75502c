package org.notegraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.notegraph.rdf.NG;

/**
 * A remote SPARQL 1.1 query endpoint holding published notegraph graphs, queried as the local store
 * is: over the merge of all notegraph graphs.
 *
 * <p>Stores differ in what their default graph is (Fuseki: an empty graph unless configured as the
 * union; Virtuoso: every graph; GraphDB: the merge plus inferences), so the queries do not rely on
 * it. The graphs are found on the endpoint once: each published store has a build graph
 * ({@code BASE graph/build}, holding {@code ng:extractionFingerprint}) naming its base, and the
 * notegraph graphs are the named graphs under those bases. Each query then runs with one
 * {@code FROM} and one {@code FROM NAMED} per graph, which makes its default graph the RDF merge of
 * exactly those graphs (what the local union default graph is) and leaves a store's other graphs
 * (Virtuoso's system graphs, other people's data) out.
 */
public final class RemoteEndpoint {
    private final String url;
    private final long timeoutSeconds;
    private List<String> graphs;

    public RemoteEndpoint(String url, long timeoutSeconds) {
        this.url = url;
        this.timeoutSeconds = timeoutSeconds;
    }

    public String url() { return url; }

    /** The notegraph graphs on the endpoint (looked up on first use, then kept). */
    public synchronized List<String> graphs() {
        if (graphs != null) return graphs;
        List<String> bases = new ArrayList<>();
        for (String b : column("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <" + NG.NS + "extractionFingerprint> ?f } }")) {
            if (b.endsWith("graph/build")) bases.add(b.substring(0, b.length() - "graph/build".length()));
        }
        if (bases.isEmpty()) {
            throw new RemoteQueryException("the endpoint " + url + " holds no published notegraph graphs (no graph BASE/graph/build "
                    + "with ng:extractionFingerprint); publish a store there with `notegraph publish --to URL`", null);
        }
        Set<String> found = new TreeSet<>();
        for (String g : column("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")) {
            for (String b : bases) if (g.startsWith(b)) found.add(g);
        }
        graphs = List.copyOf(found);
        return graphs;
    }

    /** The query with a FROM and a FROM NAMED for every notegraph graph, unless it names its own dataset. */
    public Query withGraphs(Query query) {
        if (query.hasDatasetDescription()) return query;
        Query q = query.cloneQuery();
        for (String g : graphs()) {
            q.addGraphURI(g);
            q.addNamedGraphURI(g);
        }
        return q;
    }

    /** An execution of the (rewritten) query at the endpoint. */
    public org.apache.jena.query.QueryExecutionBuilder execution(Query query) {
        return QueryExecution.service(url).query(withGraphs(query)).timeout(timeoutSeconds, TimeUnit.SECONDS);
    }

    private List<String> column(String select) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(url).query(select).timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                var n = row.get("g");
                if (n != null && n.isURIResource()) out.add(n.asResource().getURI());
            }
        } catch (QueryExceptionHTTP e) {
            throw explain(e);
        }
        return out;
    }

    /** What an endpoint's refusal means, naming the endpoint. */
    RemoteQueryException explain(QueryExceptionHTTP e) {
        int code = e.getStatusCode();
        String why = switch (code) {
            case 401, 403 -> code + " (it needs a login, which query --endpoint does not give; use an endpoint open for reading)";
            case 404 -> "404 Not Found (no query service there; for Fuseki give http://HOST:3030/DATASET/query, for Virtuoso http://HOST:8890/sparql)";
            case -1, 0 -> "nothing: " + rootMessage(e) + " (is the store running there, and is the URL right?)";
            default -> code + (e.getResponseMessage() == null ? "" : " " + e.getResponseMessage());
        };
        return new RemoteQueryException("the endpoint " + url + " answered " + why, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }
}
