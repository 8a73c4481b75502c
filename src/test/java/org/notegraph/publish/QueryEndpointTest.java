package org.notegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner;
import org.notegraph.query.NamedQueries;
import org.notegraph.query.QueryRunner;
import org.notegraph.query.RemoteEndpoint;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * {@code query NAME --endpoint URL}: every named query run over the example notes published to a
 * Fuseki whose default graph is not the union of its graphs gives the same rows as over the local
 * store, {@code search} too (the full-text index is the local store's, so a {@code text:query} runs on
 * a copy of the endpoint's graphs with an index of its own); an endpoint whose reads need a login is
 * read with {@code --user} and {@code --password-file}.
 */
class QueryEndpointTest {
    @TempDir static Path dir;
    static Path db;
    static FusekiTarget target;

    @BeforeAll
    static void publishExamples() throws Exception {
        Path notes = dir.resolve("notes");
        Fixtures.copyTree(Fixtures.EXAMPLES, notes);
        db = dir.resolve("db");
        Fixtures.build(db, notes);
        target = new FusekiTarget(dir.resolve("target"));
        Path password = dir.resolve("password.txt");
        Files.writeString(password, FusekiTarget.PASSWORD, StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("publish", "--db", db.toString(), "--to", target.gsp(), "--user", FusekiTarget.USER,
                "--password-file", password.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
    }

    @AfterAll
    static void stop() { if (target != null) target.close(); }

    static java.util.stream.Stream<String> queries() {
        return NamedQueries.SHIPPED.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aNamedQueryGivesTheSameRowsOverTheEndpoint(String name) {
        String text = NamedQueries.load(name).orElseThrow();
        ResultSetRewindable local;
        try (NoteStore s = Stores.openExisting(db)) {
            local = rows(new QueryRunner(s.datasetGraph(), 60), text);
        }
        CliRunner.Run run = CliRunner.run("query", name, "--endpoint", target.query(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        ResultSetRewindable remote = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON).rewindable();
        if (name.equals("search")) assertThat(remote.size()).as("search hits for its example words").isGreaterThan(0);
        assertThat(remote.size()).as("rows of " + name).isEqualTo(local.size());
        local.reset();
        remote.reset();
        assertThat(comparable(remote)).as("the rows of " + name + " over the endpoint").isEqualTo(comparable(local));
    }

    /**
     * The rows in order, each value as its N-Triples form; a GROUP_CONCAT list ("a; b") as its
     * sorted parts, since SPARQL leaves the order of a concatenation to the store.
     */
    static java.util.List<Map<String, String>> comparable(ResultSetRewindable rows) {
        java.util.List<Map<String, String>> out = new java.util.ArrayList<>();
        while (rows.hasNext()) {
            var solution = rows.nextBinding();
            Map<String, String> row = new java.util.TreeMap<>();
            solution.vars().forEachRemaining(v -> {
                var n = solution.get(v);
                String text = n.isLiteral() && n.getLiteralLexicalForm().contains("; ")
                        ? String.join("; ", new java.util.TreeSet<>(java.util.List.of(n.getLiteralLexicalForm().split("; "))))
                        : org.apache.jena.sparql.util.FmtUtils.stringForNode(n);
                row.put(v.getVarName(), text);
            });
            out.add(row);
        }
        return out;
    }

    @Test
    void theEndpointsDefaultGraphIsNotTheUnionSoTheQueriesNameTheGraphs() {
        assertThat(target.defaultGraphSize()).isZero();
        String text = NamedQueries.load("paper-mentions").orElseThrow();
        try (QueryExecution qe = QueryExecution.service(target.query()).query(text).build()) {
            assertThat(qe.execSelect().hasNext()).as("paper-mentions over the plain default graph").isFalse();
        }
        RemoteEndpoint remote = new RemoteEndpoint(target.query(), 60);
        Map<String, org.apache.jena.graph.Graph> store = PublishedStores.graphs(db);
        assertThat(remote.graphs()).containsExactlyElementsOf(store.keySet());
        CliRunner.Run run = CliRunner.run("query", "paper-mentions", "--endpoint", target.query(), "--format", "csv");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).isGreaterThan(40);
    }

    @Test
    void anEndpointWhoseReadsNeedALoginIsReadWithUserAndPasswordFile() throws Exception {
        try (FusekiTarget guarded = new FusekiTarget(dir.resolve("guarded"), FusekiTarget.Kind.QUERIES_NEED_LOGIN)) {
            Path password = dir.resolve("password.txt");
            CliRunner.Run publish = CliRunner.run("publish", "--db", db.toString(), "--to", guarded.gsp(), "--user", FusekiTarget.USER,
                    "--password-file", password.toString(), "-q");
            assertThat(publish.code()).as(publish.err()).isZero();
            CliRunner.Run anonymous = CliRunner.run("query", "paper-mentions", "--endpoint", guarded.query());
            assertThat(anonymous.code()).isEqualTo(5);
            assertThat(anonymous.err()).contains("401").contains("--user NAME and --password-file FILE");
            for (String name : java.util.List.of("paper-mentions", "search")) {
                CliRunner.Run run = CliRunner.run("query", name, "--endpoint", guarded.query(), "--format", "csv",
                        "--user", FusekiTarget.USER, "--password-file", password.toString());
                assertThat(run.code()).as(run.err()).isZero();
                CliRunner.Run open = CliRunner.run("query", name, "--endpoint", target.query(), "--format", "csv");
                assertThat(run.out()).as(name + " with a login").isEqualTo(open.out());
            }
        }
        CliRunner.Run stray = CliRunner.run("query", "paper-mentions", "--db", db.toString(), "--user", FusekiTarget.USER);
        assertThat(stray.code()).isEqualTo(2);
        assertThat(stray.err()).contains("go with --endpoint");
    }

    @Test
    void anEndpointWithoutPublishedGraphsIsNamed() {
        CliRunner.Run run = CliRunner.run("query", "paper-mentions", "--endpoint", target.base() + "/nothing");
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("the endpoint " + target.base() + "/nothing answered 404");
    }

    /** SPARQL JSON results, read back. */
    static ResultSetRewindable json(byte[] results) {
        return ResultSetMgr.read(new ByteArrayInputStream(results), ResultSetLang.RS_JSON).rewindable();
    }

    private static ResultSetRewindable rows(QueryRunner runner, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(text, QueryRunner.Format.JSON, out);
        return ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON).rewindable();
    }
}
