package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.G;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.store.TextIndexDefinition;

/**
 * fuseki-config.ttl itself: it describes the store notegraph builds (same text index), and both a
 * standalone Fuseki server and {@code notegraph serve --config} serve the store from it. Each
 * server runs in its own JVM in a folder holding {@code .notegraph/db}, as a user would run it.
 */
class FusekiConfigTest {
    static final Path CONFIG = Path.of("fuseki-config.ttl").toAbsolutePath();
    static final String TEXT = "http://jena.apache.org/text#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    @TempDir static Path folder;

    @BeforeAll
    static void buildStoreWhereTheConfigLooks() {
        Path db = TestStores.build(folder.resolve(".notegraph"));
        TestStores.release(db);
    }

    static Node iri(String s) { return NodeFactory.createURI(s); }

    @Test
    void describesTheStoreAndTheTextIndexNotegraphBuilds() {
        Graph config = RDFParser.source(CONFIG).toGraph();
        Node store = G.getOnePO(config, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri(TDB2 + "DatasetTDB2"));
        assertThat(G.getOneSP(config, store, iri(TDB2 + "location")).getLiteralLexicalForm()).isEqualTo(".notegraph/db");
        assertThat(G.getOneSP(config, store, iri(TDB2 + "unionDefaultGraph")).getLiteralLexicalForm()).isEqualTo("true");
        Node index = G.getOnePO(config, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri(TEXT + "TextIndexLucene"));
        assertThat(G.getOneSP(config, index, iri(TEXT + "directory")).getLiteralLexicalForm())
                .isEqualTo(".notegraph/db/" + TextIndexDefinition.FOLDER);
        Node map = G.getOneSP(config, index, iri(TEXT + "entityMap"));
        assertThat(G.getOneSP(config, map, iri(TEXT + "entityField")).getLiteralLexicalForm()).isEqualTo(TextIndexDefinition.ENTITY_FIELD);
        assertThat(G.getOneSP(config, map, iri(TEXT + "defaultField")).getLiteralLexicalForm()).isEqualTo(TextIndexDefinition.FIELD);
        assertThat(G.getOneSP(config, map, iri(TEXT + "uidField")).getLiteralLexicalForm()).isEqualTo(TextIndexDefinition.UID_FIELD);
        List<Node> predicates = new ArrayList<>();
        for (Node entry : G.rdfList(config, G.getOneSP(config, map, iri(TEXT + "map")))) {
            assertThat(G.getOneSP(config, entry, iri(TEXT + "field")).getLiteralLexicalForm()).isEqualTo(TextIndexDefinition.FIELD);
            predicates.add(G.getOneSP(config, entry, iri(TEXT + "predicate")));
        }
        assertThat(predicates).containsExactlyInAnyOrderElementsOf(TextIndexDefinition.PREDICATES);
        assertThat(config.find(Node.ANY, iri("http://jena.apache.org/fuseki#operation"), iri("http://jena.apache.org/fuseki#update")).hasNext())
                .as("read-only: no update endpoint").isFalse();
    }

    @Test
    void aStandaloneFusekiServerServesTheStoreFromThisFile() throws Exception {
        Path jar = Path.of(System.getProperty("notegraph.fusekiServerJar", "target/standalone/jena-fuseki-server.jar"));
        assertThat(jar).as("the standalone Fuseki server jar (copied by the build)").exists();
        int port = ServerProcess.freePort();
        try (ServerProcess fuseki = ServerProcess.java(folder, Map.of("FUSEKI_BASE", folder.resolve("run").toString()),
                "-jar", jar.toString(), "--localhost", "--port", Integer.toString(port), "--config", CONFIG.toString())) {
            String url = "http://127.0.0.1:" + port + "/";
            fuseki.awaitHttp(url + "$/ping", Duration.ofSeconds(90));
            servesTheStore(url);
            assertThat(Http.post(url + "kg/update").form("update", WriteSecurityTest.INSERT).send().status()).isIn(400, 403, 404, 405);
        }
    }

    @Test
    void notegraphServeServesTheStoreFromThisFile() throws Exception {
        try (ServerProcess serve = ServerProcess.notegraph(folder, "serve", "--config", CONFIG.toString(), "--port", "0")) {
            String url = serve.await(Pattern.compile("Fuseki UI:\\s+(\\S+)"), Duration.ofSeconds(90));
            servesTheStore(url);
            assertThat(Http.get(url + "home").send().body()).contains("Most-mentioned papers", "Deep Double Descent");
            assertThat(Http.post(url + "kg").body("application/sparql-update", WriteSecurityTest.INSERT).send().status()).isEqualTo(403);
        }
    }

    /** Union default graph, text search, GSP read of a named graph, SHACL: the endpoints of the file. */
    static void servesTheStore(String url) {
        Http.Response count = Http.get(url + "kg/query?query=" + Http.enc(EndpointsTest.COUNT)).accept("text/csv").send();
        assertThat(count.status()).as(count.body()).isEqualTo(200);
        assertThat(EndpointsTest.count(count.body())).isGreaterThan(2000);
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"attention\" }";
        Http.Response hits = Http.post(url + "kg/sparql").accept("text/csv").form("query", search).send();
        assertThat(hits.body()).contains(TestStores.ATTENTION);
        Http.Response entities = Http.get(url + "kg/get?graph=" + Http.enc(TestStores.BASE + "graph/entities")).accept("text/turtle").send();
        assertThat(entities.status()).isEqualTo(200);
        Http.Response union = Http.get(url + "kg/get?graph=union").accept("application/n-triples").send();
        assertThat(union.body().lines().count()).isGreaterThan(2000);
        Http.Response shacl = Http.post(url + "kg/shacl?graph=union").accept("text/turtle")
                .body("text/turtle", "PREFIX sh: <http://www.w3.org/ns/shacl#> <urn:s> a sh:NodeShape .").send();
        assertThat(shacl.body()).contains("ValidationReport");
    }
}
