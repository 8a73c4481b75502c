package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Nothing changes the store or the server without credentials: a default server refuses every
 * write and admin change; with --allow-update --passwd only logged-in users write, only at
 * /kg/update and /kg/data.
 */
class WriteSecurityTest {
    static final String USER = "editor";
    static final String PASSWORD = "correct horse battery staple";
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <http://purl.org/dc/terms/title> \"Zanzibar quokka census\" } }";
    static final String ASK_INSERTED = "ASK { <urn:test:s> ?p ?o }";

    /** Write attempts of every kind, at every endpoint they could reach. */
    static List<Http> writes(String url) {
        String turtle = "<urn:test:s> <urn:test:p> \"o\" .";
        return List.of(
                Http.post(url + "kg/update").form("update", INSERT),
                Http.post(url + "kg/update").body("application/sparql-update", INSERT),
                Http.post(url + "kg").body("application/sparql-update", INSERT),
                Http.post(url + "kg").form("update", INSERT),
                Http.post(url + "kg/query").body("application/sparql-update", INSERT),
                Http.post(url + "kg/sparql").form("update", INSERT),
                Http.method("PUT", url + "kg/get?default").body("text/turtle", turtle),
                Http.post(url + "kg/get?graph=urn:test:g").body("text/turtle", turtle),
                Http.method("PUT", url + "kg/data?graph=urn:test:g").body("text/turtle", turtle),
                Http.post(url + "kg/data?default").body("text/turtle", turtle),
                Http.method("PUT", url + "kg?graph=urn:test:g").body("text/turtle", turtle),
                Http.post(url + "kg").body("application/n-quads", "<urn:test:s> <urn:test:p> \"o\" <urn:test:g> ."),
                Http.method("DELETE", url + "kg?graph=" + Http.enc(TestStores.BASE + "graph/entities")),
                Http.method("DELETE", url + "kg/data?graph=" + Http.enc(TestStores.BASE + "graph/entities")),
                Http.method("PATCH", url + "kg").body("application/rdf-patch", "A <urn:test:s> <urn:test:p> \"o\" ."),
                Http.post(url + "kg/upload").body("text/turtle", turtle));
    }

    /** Admin operations that change the server. */
    static List<Http> adminChanges(String url) {
        return List.of(
                Http.post(url + "$/datasets").form("dbName", "scratch").header("X-Ignored", "x"),
                Http.post(url + "$/datasets?dbName=scratch&dbType=mem"),
                Http.method("DELETE", url + "$/datasets/kg"),
                Http.post(url + "$/datasets/kg?state=offline"),
                Http.post(url + "$/backup/kg"),
                Http.post(url + "$/compact/kg"),
                Http.get(url + "$/backups-list"));
    }

    static long count(String url) {
        return EndpointsTest.count(Http.get(url + "kg/query?query=" + Http.enc(COUNT)).accept("text/csv").send().body());
    }

    static boolean ask(String url, String query) {
        return Http.get(url + "kg/query?query=" + Http.enc(query)).accept("application/sparql-results+json").send().body().contains("true");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadOnlyByDefault {
        Path tmp;
        NotegraphServer server;
        String url;

        @BeforeAll
        void start() throws Exception {
            tmp = Files.createTempDirectory("notegraph-readonly-");
            server = NotegraphServer.start(ServeOptions.store(TestStores.build(tmp)));
            url = server.url();
        }

        @AfterAll
        void stop() {
            if (server != null) server.close();
            TestStores.deleteTree(tmp);
        }

        @Test
        void everyWriteIsRefusedAndTheStoreIsUnchanged() {
            long before = count(url);
            for (Http w : writes(url)) {
                Http.Response r = w.send();
                assertThat(r.status()).as(r.body()).isIn(401, 403);
            }
            for (Http w : writes(url)) {
                Http.Response r = w.basic(USER, PASSWORD).send();
                assertThat(r.status()).as("with credentials the server has no users: " + r.body()).isIn(401, 403);
            }
            assertThat(count(url)).isEqualTo(before);
            assertThat(ask(url, ASK_INSERTED)).isFalse();
        }

        @Test
        void adminChangesAreRefusedButTheUiCanStillReadTheServer() {
            for (Http a : adminChanges(url)) {
                Http.Response r = a.send();
                assertThat(r.status()).as(r.body()).isEqualTo(403);
            }
            Http.Response datasets = Http.get(url + "$/datasets").send();
            assertThat(datasets.status()).isEqualTo(200);
            assertThat(datasets.body()).contains("\"/kg\"").doesNotContain("scratch");
            assertThat(Http.get(url + "$/server").send().status()).isEqualTo(200);
            assertThat(count(url)).isPositive();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class UpdatesForLoggedInUsers {
        Path tmp;
        NotegraphServer server;
        String url;

        @BeforeAll
        void start() throws Exception {
            tmp = Files.createTempDirectory("notegraph-update-");
            Path passwd = tmp.resolve("passwd");
            Files.writeString(passwd, "# user: password\n" + USER + ": " + PASSWORD + "\n");
            server = NotegraphServer.start(ServeOptions.store(TestStores.build(tmp)).withUpdates(passwd));
            url = server.url();
        }

        @AfterAll
        void stop() {
            if (server != null) server.close();
            TestStores.deleteTree(tmp);
        }

        @Test
        void writesWithoutCredentialsOrWithAWrongPasswordAreRefused() {
            long before = count(url);
            for (Http w : writes(url)) {
                Http.Response r = w.send();
                assertThat(r.status()).as(r.body()).isIn(401, 403);
            }
            Http.Response challenge = Http.post(url + "kg/update").form("update", INSERT).send();
            assertThat(challenge.status()).isEqualTo(401);
            assertThat(challenge.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(Http.post(url + "kg/update").form("update", INSERT).basic(USER, "wrong").send().status()).isEqualTo(401);
            assertThat(Http.method("PUT", url + "kg/data?graph=urn:test:g").body("text/turtle", "<urn:a> <urn:b> <urn:c> .")
                    .basic("nobody", PASSWORD).send().status()).isEqualTo(401);
            assertThat(count(url)).isEqualTo(before);
        }

        @Test
        void loggedInUsersUpdateAndTheTextIndexFollows() {
            Http.Response r = Http.post(url + "kg/update").form("update", INSERT).basic(USER, PASSWORD).send();
            assertThat(r.status()).as(r.body()).isIn(200, 204);
            assertThat(ask(url, ASK_INSERTED)).isTrue();
            String search = "PREFIX text: <http://jena.apache.org/text#> ASK { <urn:test:s> text:query \"quokka\" }";
            assertThat(ask(url, search)).as("the served dataset is the text-indexed one").isTrue();

            Http.Response put = Http.method("PUT", url + "kg/data?graph=urn:test:h").body("text/turtle", "<urn:test:t> <urn:test:p> \"gsp\" .")
                    .basic(USER, PASSWORD).send();
            assertThat(put.status()).as(put.body()).isIn(200, 201, 204);
            assertThat(ask(url, "ASK { GRAPH <urn:test:h> { <urn:test:t> ?p \"gsp\" } }")).isTrue();
        }

        @Test
        void loggedInUsersStillWriteOnlyAtTheWriteEndpoints() {
            Http.Response unnamed = Http.post(url + "kg").body("application/sparql-update", INSERT.replace("urn:test:s", "urn:test:u"))
                    .basic(USER, PASSWORD).send();
            assertThat(unnamed.status()).isEqualTo(403);
            Http.Response viaQuery = Http.post(url + "kg/query").body("application/sparql-update", INSERT.replace("urn:test:s", "urn:test:u"))
                    .basic(USER, PASSWORD).send();
            assertThat(viaQuery.status()).isEqualTo(403);
            assertThat(ask(url, "ASK { <urn:test:u> ?p ?o }")).isFalse();
        }

        @Test
        void adminChangesNeedALogin() {
            for (Http a : adminChanges(url)) {
                Http.Response r = a.send();
                assertThat(r.status()).as(r.body()).isEqualTo(401);
            }
            Http.Response create = Http.post(url + "$/datasets?dbName=scratch&dbType=mem").basic(USER, PASSWORD).send();
            assertThat(create.status()).as(create.body()).isEqualTo(200);
            assertThat(Http.get(url + "$/datasets").send().body()).contains("\"/scratch\"");
            Http.Response delete = Http.method("DELETE", url + "$/datasets/scratch").basic(USER, PASSWORD).send();
            assertThat(delete.status()).as(delete.body()).isEqualTo(200);
            assertThat(Http.get(url + "$/datasets").send().body()).doesNotContain("scratch");
            Http.Response backup = Http.post(url + "$/backup/kg").basic(USER, PASSWORD).send();
            assertThat(backup.status()).as(backup.body()).isIn(200, 202);
        }
    }
}
