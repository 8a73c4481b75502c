package org.notegraph.serve;

import org.notegraph.query.RemoteSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.notegraph.cli.CliRunner;
import org.notegraph.cli.ExitCodes;
import org.notegraph.publish.FusekiTarget;
import org.notegraph.query.NamedQueries;
import org.notegraph.query.RemoteEndpoint;
import org.notegraph.rdf.NG;
import org.notegraph.testing.ChildProcesses;
import org.notegraph.testing.Fixtures;

/**
 * {@code serve --endpoint URL}: the test notes are built into a store, published to a Fuseki whose
 * default graph is not the union of its graphs and to one whose default graph is, and served three
 * times: over the local store, and over a copy of each target. Every named query, every kind of
 * page, search, the gap list, the evidence lists, the map and the RDF of a resource answer the
 * same over the copies as over the store (the home page adds one line saying where its copy
 * comes from). Writes are refused, logins and unreachable endpoints are reported with exit code 5,
 * and {@code --refresh} picks up a second publish and survives a target that went away.
 */
class ServeEndpointTest {
    static final String BROWSER = "text/html,application/xhtml+xml";
    static final Pattern NOTICE = Pattern.compile("<p class=\"notice\">[^<]*</p>");

    static Path dir;
    static Path db;
    static FusekiTarget plain;
    static FusekiTarget union;
    static FusekiTarget guarded;
    static NotegraphServer local;
    static NotegraphServer overPlain;
    static NotegraphServer overUnion;

    @BeforeAll
    static void publishAndServe() throws Exception {
        dir = Files.createTempDirectory("notegraph-serve-endpoint-");
        db = TestStores.build(dir);
        plain = new FusekiTarget(dir.resolve("plain"), FusekiTarget.Kind.PLAIN);
        union = new FusekiTarget(dir.resolve("union"), FusekiTarget.Kind.UNION_DEFAULT_GRAPH);
        publish(db, plain);
        publish(db, union);
        guarded = new FusekiTarget(dir.resolve("guarded"), FusekiTarget.Kind.QUERIES_NEED_LOGIN);
        publish(db, guarded);
        local = NotegraphServer.start(ServeOptions.store(db));
        overPlain = NotegraphServer.start(ServeOptions.remote(RemoteSource.open(plain.query())));
        overUnion = NotegraphServer.start(ServeOptions.remote(RemoteSource.open(union.query())));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {overUnion, overPlain, local, guarded, union, plain}) {
            try {
                if (c != null) c.close();
            } catch (Exception e) {
                // stopping the others matters more
            }
        }
        TestStores.deleteTree(dir);
    }

    static void publish(Path store, FusekiTarget target) throws Exception {
        Path password = dir.resolve("password.txt");
        Files.writeString(password, FusekiTarget.PASSWORD, StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("publish", "--db", store.toString(), "--to", target.gsp(), "--user", FusekiTarget.USER,
                "--password-file", password.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
    }

    static Stream<NotegraphServer> copies() { return Stream.of(overPlain, overUnion); }

    static Stream<String> namedQueries() { return NamedQueries.SHIPPED.stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedQueries")
    void aNamedQueryGivesTheSameRowsOverBothCopies(String name) {
        String text = NamedQueries.load(name).orElseThrow();
        List<Map<String, String>> expected = rows(local, text);
        copies().forEach(copy -> assertThat(rows(copy, text)).as("rows of " + name + " over " + copy.url()).isEqualTo(expected));
    }

    @Test
    void textQueryFindsTheSameHitsInTheCopy() {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?hit WHERE { (?hit ?score) text:query \"interpolation\" } ORDER BY ?hit";
        List<Map<String, String>> expected = rows(local, query);
        assertThat(expected).as("text:query over the store").isNotEmpty();
        copies().forEach(copy -> assertThat(rows(copy, query)).isEqualTo(expected));
    }

    static Stream<String> pages() {
        String author = rows(local, "PREFIX ng: <" + NG.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?x WHERE { ?m a ng:PaperMention ; dcterms:creator ?x } ORDER BY ?x LIMIT 1").get(0).get("x");
        author = author.substring(1, author.length() - 1);
        String deepSad = TestStores.BASE + "paper/arxiv/1906.02694";
        return Stream.of("home", page(TestStores.ATTENTION), "paper/arxiv/1706.03762", page(author),
                "note/reading-group-2024-spring.md", "note/vault/Isolation%20Forest.md",
                page(TestStores.RIDGE_MIXER), page(TestStores.TRANSFORMER), page(TestStores.DISPUTED_CLAIM),
                page(TestStores.RIDGE_EXTENDS), page(TestStores.XSS_PAPER),
                "search?q=interpolation", "search?q=" + Http.enc("\"double descent\""), "search?q=atten*",
                "gaps", "evidence?iri=" + Http.enc(deepSad) + "&relation=supports&direction=out",
                "evidence?iri=" + Http.enc(TestStores.DISPUTING_PAPER) + "&relation=disputes&direction=out",
                "map", "map?focus=" + Http.enc(TestStores.ATTENTION), "map?q=transformer",
                "map.json?focus=" + Http.enc(TestStores.ATTENTION) + "&depth=2",
                "map.json?focus=" + Http.enc(TestStores.RIDGE_MIXER) + "&depth=1&relations=extends",
                "map.json", "page?iri=" + Http.enc(TestStores.BASE + "paper/arxiv/0000.00000"));
    }

    private static String page(String iri) { return "page?iri=" + Http.enc(iri); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPageSaysTheSameOverBothCopies(String path) {
        Http.Response expected = Http.get(local.url() + path).accept(BROWSER).send();
        assertThat(expected.status()).as(path + " over the store").isEqualTo(path.contains("0000.00000") ? 404 : 200);
        copies().forEach(copy -> {
            Http.Response r = Http.get(copy.url() + path).accept(BROWSER).send();
            assertThat(r.status()).as(path + " over " + copy.url()).isEqualTo(expected.status());
            assertThat(NOTICE.matcher(r.body()).replaceAll("")).as(path + " over " + copy.url()).isEqualTo(expected.body());
        });
    }

    @Test
    void theHomePageSaysItShowsACopyOfTheEndpointAndWhenItWasFetched() {
        String home = Http.get(overPlain.url() + "home").accept(BROWSER).send().body();
        assertThat(home).containsPattern("<p class=\"notice\">A copy of " + Pattern.quote(plain.query())
                + ", fetched at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(\\d+ graphs, [\\d,]+ triples\\)\\.</p>");
        assertThat(Http.get(local.url() + "home").accept(BROWSER).send().body()).doesNotContain("class=\"notice\"");
    }

    @Test
    void theRdfOfAResourceAndTheUnionGraphAreTheStoresOwn() {
        String path = "page?iri=" + Http.enc(TestStores.ATTENTION) + "&format=nt";
        Graph expected = ServedStore.parse(Http.get(local.url() + path).send().body(), Lang.NTRIPLES);
        Graph all = ServedStore.parse(Http.get(local.url() + "kg/get?default").accept("application/n-triples").send().body(), Lang.NTRIPLES);
        assertThat(all.size()).isGreaterThan(2000);
        copies().forEach(copy -> {
            assertThat(ServedStore.parse(Http.get(copy.url() + path).send().body(), Lang.NTRIPLES).isIsomorphicWith(expected)).isTrue();
            Graph copied = ServedStore.parse(Http.get(copy.url() + "kg/get?default").accept("application/n-triples").send().body(), Lang.NTRIPLES);
            assertThat(copied.isIsomorphicWith(all)).as("the union graph over " + copy.url()).isTrue();
        });
    }

    @Test
    void theTargetsDiffer_onlyOneHasTheUnionAsDefaultGraph() {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        try (QueryExecution qe = QueryExecution.service(plain.query()).query(count).build()) {
            assertThat(qe.execSelect().next().getLiteral("n").getLong()).isZero();
        }
        try (QueryExecution qe = QueryExecution.service(union.query()).query(count).build()) {
            assertThat(qe.execSelect().next().getLiteral("n").getLong()).isGreaterThan(2000);
        }
    }

    @Test
    void writesToTheCopyAreRefusedAndChangeNothing() {
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> \"written\" }";
        String ask = "ASK { <urn:x:s> ?p ?o }";
        for (NotegraphServer copy : List.of(overPlain, overUnion)) {
            assertThat(Http.post(copy.url() + "kg/update").body("application/sparql-update", insert).send().status()).isEqualTo(403);
            assertThat(Http.post(copy.url() + "kg/query").form("update", insert).send().status()).isEqualTo(403);
            assertThat(Http.method("PUT", copy.url() + "kg/data?default").body("application/n-triples", "<urn:x:s> <urn:x:p> \"w\" .\n")
                    .send().status()).isIn(403, 404, 405);
            assertThat(Http.method("PUT", copy.url() + "kg?default").body("application/n-triples", "<urn:x:s> <urn:x:p> \"w\" .\n")
                    .send().status()).isEqualTo(403);
            try (QueryExecution qe = QueryExecution.service(copy.url() + "kg/query").query(ask).build()) {
                assertThat(qe.execAsk()).isFalse();
            }
        }
        try (QueryExecution qe = QueryExecution.service(plain.query()).query("ASK { GRAPH ?g { <urn:x:s> ?p ?o } }").build()) {
            assertThat(qe.execAsk()).as("the remote store").isFalse();
        }
    }

    @Test
    void anUnreachableEndpointExitsWith5NamingIt() {
        String nowhere = "http://127.0.0.1:" + ChildProcesses.freePort() + "/ds/query";
        CliRunner.Run run = CliRunner.run("serve", "--endpoint", nowhere, "--port", "0");
        assertThat(run.code()).isEqualTo(ExitCodes.REMOTE_FAILED);
        assertThat(run.err()).contains("the endpoint " + nowhere + " answered nothing", "is the store running there");
    }

    @Test
    void aMissingServiceOrAnEndpointWithoutPublishedGraphsExitsWith5() throws Exception {
        CliRunner.Run missing = CliRunner.run("serve", "--endpoint", plain.base() + "/nothing", "--port", "0");
        assertThat(missing.code()).isEqualTo(ExitCodes.REMOTE_FAILED);
        assertThat(missing.err()).contains("the endpoint " + plain.base() + "/nothing answered 404");
        try (FusekiTarget empty = new FusekiTarget(dir.resolve("empty"))) {
            CliRunner.Run none = CliRunner.run("serve", "--endpoint", empty.query(), "--port", "0");
            assertThat(none.code()).isEqualTo(ExitCodes.REMOTE_FAILED);
            assertThat(none.err()).contains("the endpoint " + empty.query() + " holds no published notegraph graphs");
        }
    }

    @Test
    void anEndpointThatAsksForALoginIsServedWithOne() throws Exception {
        CliRunner.Run anonymous = CliRunner.run("serve", "--endpoint", guarded.query(), "--port", "0");
        assertThat(anonymous.code()).isEqualTo(ExitCodes.REMOTE_FAILED);
        assertThat(anonymous.err()).contains("the endpoint " + guarded.query() + " answered 401", "--user NAME and --password-file FILE");

        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "not the password\n", StandardCharsets.UTF_8);
        CliRunner.Run refused = CliRunner.run("serve", "--endpoint", guarded.query(), "--user", FusekiTarget.USER,
                "--password-file", wrong.toString(), "--port", "0");
        assertThat(refused.code()).isEqualTo(ExitCodes.REMOTE_FAILED);
        assertThat(refused.err()).contains(guarded.query(), "user " + FusekiTarget.USER + " was not accepted");

        RemoteEndpoint.Login login = new RemoteEndpoint.Login(FusekiTarget.USER, FusekiTarget.PASSWORD, "--user and --password-file");
        try (NotegraphServer s = NotegraphServer.start(ServeOptions.remote(new RemoteSource(guarded.query(), login)))) {
            assertThat(Http.get(s.url() + "paper/arxiv/1706.03762").accept(BROWSER).send().body())
                    .isEqualTo(Http.get(local.url() + "paper/arxiv/1706.03762").accept(BROWSER).send().body());
        }
    }

    @Test
    void endpointGoesWithNeitherDbNorConfigNorUpdates() {
        for (String[] other : List.of(new String[] {"--db", dir.toString()}, new String[] {"--config", "fuseki-config.ttl"},
                new String[] {"--allow-update"}, new String[] {"--watch", dir.toString()})) {
            List<String> args = new ArrayList<>(List.of("serve", "--endpoint", plain.query(), "--port", "0"));
            args.addAll(List.of(other));
            CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--endpoint serves a read-only copy of a remote store; it does not go with " + other[0]);
        }
        CliRunner.Run refresh = CliRunner.run("serve", "--db", dir.toString(), "--refresh", "5");
        assertThat(refresh.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refresh.err()).contains("--refresh go with --endpoint URL");
        assertThat(CliRunner.run("serve", "--endpoint", plain.query(), "--refresh", "0").code()).isEqualTo(ExitCodes.USAGE);
    }

    /**
     * {@code serve --endpoint URL --refresh 1} as a command of its own: a second publish (a note
     * added) shows on the pages without a restart; a target that went away is reported and the
     * pages keep the copy they had.
     */
    @Test
    void refreshPicksUpASecondPublishAndKeepsTheCopyWhenTheEndpointGoesAway() throws Exception {
        Path notes = dir.resolve("refresh-notes");
        Files.createDirectories(notes);
        Files.copy(Fixtures.EXAMPLES.resolve("nas-notes.md"), notes.resolve("nas-notes.md"));
        Path small = dir.resolve("refresh-db");
        Fixtures.build(small, notes);
        FusekiTarget target = new FusekiTarget(dir.resolve("refresh-target"));
        String refreshed = target.query();
        try {
            publish(small, target);
            try (ServerProcess serve = ServerProcess.notegraph(dir, "serve", "--endpoint", target.query(), "--refresh", "1", "--port", "0")) {
                String url = serve.await(Pattern.compile("Fuseki UI:\\s+(\\S+)"), Duration.ofSeconds(120));
                assertThat(serve.output()).contains("serving a copy of " + target.query(), "fetched again every 1 s", "read-only");
                String home = Http.get(url + "home").accept(BROWSER).send().body();
                assertThat(home).contains("<span class=\"n\">1</span>notes");

                Fixtures.writeNotes(notes, "added.md", "# Added later\n\n- Attention Is All You Need. https://arxiv.org/abs/1706.03762\n");
                Fixtures.build(small, notes);
                publish(small, target);
                serve.await(Pattern.compile("(refreshed the copy of " + Pattern.quote(target.query()) + ")"), Duration.ofSeconds(60));
                // a refresh may land while the publish is still sending graphs; the next one brings the rest
                String twoNotes = "<span class=\"n\">2</span>notes";
                assertThat(eventually(() -> Http.get(url + "home").accept(BROWSER).send().body(), b -> b.contains(twoNotes),
                        Duration.ofSeconds(60))).contains(twoNotes);
                assertThat(Http.get(url + "note/added.md").accept(BROWSER).send().body()).contains("Added later");

                target.close();
                target = null;
                serve.await(Pattern.compile("(refreshing the copy of " + Pattern.quote(refreshed) + " failed)"),
                        Duration.ofSeconds(60));
                assertThat(serve.output()).contains("still serving the copy fetched at");
                assertThat(Http.get(url + "note/added.md").accept(BROWSER).send().body()).contains("Added later");
            }
        } finally {
            if (target != null) target.close();
        }
    }

    /** What {@code fetch} gives once it passes {@code done}, or the last one fetched when {@code limit} has passed. */
    private static String eventually(java.util.concurrent.Callable<String> fetch, java.util.function.Predicate<String> done,
            Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        String body = fetch.call();
        while (!done.test(body) && System.nanoTime() < end) {
            Thread.sleep(200);
            body = fetch.call();
        }
        return body;
    }

    /** The rows in order, each value as its N-Triples form; a GROUP_CONCAT list ("a; b") as its sorted parts. */
    static List<Map<String, String>> rows(NotegraphServer server, String query) {
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(server.url() + "kg/query").query(query).build()) {
            ResultSetRewindable rs = qe.execSelect().rewindable();
            while (rs.hasNext()) {
                var solution = rs.nextBinding();
                Map<String, String> row = new TreeMap<>();
                solution.vars().forEachRemaining(v -> {
                    var n = solution.get(v);
                    String text = n.isLiteral() && n.getLiteralLexicalForm().contains("; ")
                            ? String.join("; ", new TreeSet<>(List.of(n.getLiteralLexicalForm().split("; "))))
                            : org.apache.jena.sparql.util.FmtUtils.stringForNode(n);
                    row.put(v.getVarName(), text);
                });
                out.add(row);
            }
        }
        return out;
    }
}
