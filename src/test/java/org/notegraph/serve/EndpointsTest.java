package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every read endpoint of a default (read-only) server over HTTP on a free port. */
class EndpointsTest {
    @RegisterExtension static final ServedStore served = new ServedStore();
    static String url;
    @TempDir Path tmp;

    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @BeforeAll
    static void url() {
        url = served.url();
    }

    @Test
    void bindsLoopbackByDefault() {
        assertThat(url).startsWith("http://127.0.0.1:");
        for (Connector c : served.server().fuseki().getJettyServer().getConnectors()) {
            assertThat(((ServerConnector) c).getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void pingAnswers() {
        assertThat(Http.get(url + "$/ping").send().status()).isEqualTo(200);
    }

    @Test
    void queryByGetAndPostOnQueryAndSparqlSeesTheUnionOfGraphs() {
        for (String ep : new String[] {"kg/query", "kg/sparql", "kg"}) {
            Http.Response get = Http.get(url + ep + "?query=" + Http.enc(COUNT)).accept("text/csv").send();
            assertThat(get.status()).as(ep).isEqualTo(200);
            assertThat(count(get.body())).as("GET " + ep + ": the default graph is the union of the note graphs").isGreaterThan(2000);
            Http.Response form = Http.post(url + ep).accept("text/csv").form("query", COUNT).send();
            assertThat(form.status()).as(ep).isEqualTo(200);
            assertThat(count(form.body())).isEqualTo(count(get.body()));
            Http.Response direct = Http.post(url + ep).accept("application/sparql-results+json")
                    .body("application/sparql-query", "ASK { <" + TestStores.ATTENTION + "> ?p ?o }").send();
            assertThat(direct.status()).isEqualTo(200);
            assertThat(direct.body()).contains("\"boolean\"").contains("true");
        }
    }

    @Test
    void fullTextSearchWorksThroughSparql() {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"attention\" }";
        Http.Response r = Http.get(url + "kg/query?query=" + Http.enc(q)).accept("text/csv").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains(TestStores.ATTENTION);
    }

    @Test
    void graphStoreReadGivesTheUnionAsDefaultAndEachNamedGraph() {
        Http.Response dft = Http.get(url + "kg/get?default").accept("application/n-triples").send();
        assertThat(dft.status()).isEqualTo(200);
        Graph union = ServedStore.parse(dft.body(), Lang.NTRIPLES);
        assertThat(union.size()).isGreaterThan(2000);
        Http.Response named = Http.get(url + "kg/get?graph=" + Http.enc(TestStores.BASE + "graph/entities")).accept("text/turtle").send();
        assertThat(named.status()).isEqualTo(200);
        Graph entities = ServedStore.parse(named.body(), Lang.TURTLE);
        assertThat(entities.size()).isPositive().isLessThan(union.size());
        assertThat(Http.get(url + "kg/get?graph=" + Http.enc(TestStores.BASE + "no-such-graph")).send().status()).isEqualTo(404);
    }

    @Test
    void shaclEndpointValidatesTheUnionWithGivenShapes() {
        String shapes = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX ng: <https://w3id.org/notegraph#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <urn:shape:paper> a sh:NodeShape ; sh:targetClass ng:Paper ;
                    sh:property [ sh:path ng:mentionCount ; sh:minCount 1 ] ;
                    sh:property [ sh:path dcterms:title ; sh:minCount 1 ; sh:maxCount 1 ] .
                """;
        Http.Response r = Http.post(url + "kg/shacl?graph=default").accept("text/turtle").body("text/turtle", shapes).send();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("ValidationReport");
        // Papers known only by an identifier have no title: the shapes find them, so the union was validated.
        assertThat(r.body()).contains("sh:conforms").contains("false");
    }

    @Test
    void queriesStopAtTheTimeLimit() throws Exception {
        Path db = TestStores.build(tmp.resolve("slow"));
        try (NotegraphServer slow = NotegraphServer.start(ServeOptions.store(db).withTimeout(Duration.ofSeconds(1)))) {
            String cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long t0 = System.nanoTime();
            Http.Response r = Http.get(slow.url() + "kg/query?query=" + Http.enc(cross)).accept("text/csv").send();
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.status()).as(r.body()).isNotEqualTo(200);
            assertThat(seconds).isLessThan(15);
        }
    }

    @Test
    void corsAllowsCrossOriginReadsOnly() {
        Http.Response get = Http.get(url + "kg/query?query=" + Http.enc(COUNT)).header("Origin", "https://elsewhere.example").send();
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
        Http.Response preflightGet = Http.method("OPTIONS", url + "kg/query").header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET").send();
        assertThat(preflightGet.status()).isEqualTo(204);
        assertThat(preflightGet.header("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");
        Http.Response preflightPost = Http.method("OPTIONS", url + "kg/update").header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").send();
        assertThat(preflightPost.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void metricsOnlyWhenAsked() throws Exception {
        assertThat(Http.get(url + "$/metrics").send().status()).isEqualTo(404);
        Path db = TestStores.build(tmp.resolve("metrics"));
        try (NotegraphServer m = NotegraphServer.start(ServeOptions.store(db).withMetrics(true))) {
            Http.Response r = Http.get(m.url() + "$/metrics").send();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("# TYPE").contains("fuseki");
        }
    }

    @Test
    void fusekiUiAndItsServerControlAreServed() {
        Http.Response ui = Http.get(url).send();
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("Apache Jena Fuseki", "static/", "notegraph-home");
        Http.Response status = Http.get(url + "$/server").send();
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).contains("\"/kg\"", "query", "gsp-r", "SHACL");
        assertThat(Http.get(url + "$/datasets").send().body()).contains("\"/kg\"");
        assertThat(Http.get(url + "$/stats/kg").send().status()).isEqualTo(200);
        Http.Response valid = Http.post(url + "$/validate/query").form("query", COUNT).send();
        assertThat(valid.status()).isEqualTo(200);
    }

    static long count(String csv) {
        String[] lines = csv.strip().split("\r?\n");
        return Long.parseLong(lines[1].strip());
    }
}
