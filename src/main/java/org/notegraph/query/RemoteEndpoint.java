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
    /**
     * How requests log in: as {@code user} (null: not at all), and the options of the command at
     * hand that give a login ({@code howToLogIn}, e.g. "--user NAME --password-file FILE"; null when
     * it has none), for the message when the endpoint asks for one. The password is registered with
     * Jena's HTTP authentication for the endpoint's URL, which answers Basic and Digest challenges.
     */
    public record Login(String user, String password, String howToLogIn) {
        /** No login, and none possible (what {@code query --endpoint} does). */
        public static final Login NONE = new Login(null, null, null);

        @Override
        public String toString() { return "Login[" + user + "]"; }
    }

    private final String url;
    private final long timeoutSeconds;
    private final Login login;
    private List<String> graphs;

    public RemoteEndpoint(String url, long timeoutSeconds) {
        this(url, timeoutSeconds, Login.NONE);
    }

    public RemoteEndpoint(String url, long timeoutSeconds, Login login) {
        this.url = url;
        this.timeoutSeconds = timeoutSeconds;
        this.login = login;
        if (login.user() != null) {
            org.apache.jena.http.auth.AuthEnv.get().registerUsernamePassword(java.net.URI.create(url), login.user(), login.password());
        }
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

    /**
     * The number of triples in each notegraph graph on the endpoint, in one request: what a copy
     * of the graphs ({@link #graph}) checks it received in full.
     */
    public java.util.Map<String, Long> graphSizes() {
        List<String> names = graphs();
        java.util.Map<String, Long> sizes = new java.util.TreeMap<>();
        String select = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        asking(select, qe -> {
            qe.execSelect().forEachRemaining(row -> {
                var g = row.get("g");
                if (g != null && g.isURIResource() && names.contains(g.asResource().getURI())) {
                    sizes.put(g.asResource().getURI(), row.getLiteral("n").getLong());
                }
            });
            return null;
        });
        return sizes;
    }

    /**
     * The triples of one named graph on the endpoint (a CONSTRUCT over it, which every SPARQL 1.1
     * store answers). When {@code expected} triples are not all there (a store's cap on result
     * rows, such as Virtuoso's {@code ResultSetMaxRows}), fails naming the graph rather than
     * handing back part of it.
     */
    public org.apache.jena.graph.Graph graph(String name, long expected) {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + name + "> { ?s ?p ?o } }";
        org.apache.jena.graph.Graph g = asking(construct, qe -> qe.execConstruct().getGraph());
        if (g.size() != expected) {
            throw new RemoteQueryException("the endpoint " + url + " gave " + g.size() + " of the " + expected + " triples of graph <"
                    + name + "> (does it cap the rows of a result? raise the cap, e.g. Virtuoso's ResultSetMaxRows)", null);
        }
        return g;
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
        return asking(select, qe -> {
            List<String> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                var n = row.get("g");
                if (n != null && n.isURIResource()) out.add(n.asResource().getURI());
            }
            return out;
        });
    }

    /** Runs a query of our own at the endpoint; a refusal or no answer as a {@link RemoteQueryException}. */
    private <T> T asking(String query, java.util.function.Function<QueryExecution, T> read) {
        try (QueryExecution qe = QueryExecution.service(url).query(query).timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            return read.apply(qe);
        } catch (QueryExceptionHTTP e) {
            throw explain(e);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw explain(new QueryExceptionHTTP(e.getStatusCode(), e.getMessage(), e));
        } catch (org.apache.jena.http.auth.AuthException e) {
            throw new RemoteQueryException("the endpoint " + url + " refused the login (" + e.getMessage() + ")" + loginProblem(401), e);
        }
    }

    /** What an endpoint's refusal means, naming the endpoint. */
    RemoteQueryException explain(QueryExceptionHTTP e) {
        int code = e.getStatusCode();
        String why = switch (code) {
            case 401, 403 -> code + loginProblem(code);
            case 404 -> "404 Not Found (no query service there; for Fuseki give http://HOST:3030/DATASET/query, for Virtuoso http://HOST:8890/sparql)";
            case -1, 0 -> "nothing: " + rootMessage(e) + " (is the store running there, and is the URL right?)";
            default -> code + (e.getResponseMessage() == null ? "" : " " + e.getResponseMessage());
        };
        return new RemoteQueryException("the endpoint " + url + " answered " + why, e);
    }

    private String loginProblem(int code) {
        if (login.user() != null) {
            return code == 401 ? " (user " + login.user() + " was not accepted; check " + login.howToLogIn() + ")"
                               : " (user " + login.user() + " may not read there; ask for read rights)";
        }
        if (login.howToLogIn() != null) return " (it needs a login; give " + login.howToLogIn() + ")";
        return " (it needs a login, which query --endpoint does not give; use an endpoint open for reading)";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }
}
