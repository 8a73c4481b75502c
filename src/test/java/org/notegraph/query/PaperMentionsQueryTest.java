package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The paper-mentions query over the examples, in every result format. */
class PaperMentionsQueryTest {
    private static final String HEADER = "note,line,paper,title,openreview,arxiv,doi,authors,venue,year";
    private static final List<String> VARS = List.of(HEADER.split(","));
    private static final String DDD_AUTHORS = "Preetum Nakkiran; Gal Kaplun; Yamini Bansal; Tristan Yang; Boaz Barak; Ilya Sutskever";

    @TempDir static Path tmp;
    private static NoteStore store;
    private static String query;

    @BeforeAll
    static void buildExamples() {
        Fixtures.build(tmp.resolve("db"), Fixtures.EXAMPLES);
        store = Stores.openExisting(tmp.resolve("db"));
        query = NamedQueries.load("paper-mentions").orElseThrow();
    }

    @AfterAll
    static void close() { store.close(); }

    private static String run(NoteStore s, QueryRunner.Format f, long[] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rows[0] = new QueryRunner(s.datasetGraph(), 60).run(query, f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long paperMentions(NoteStore s) {
        return s.read(d -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(
                    "PREFIX ng: <https://w3id.org/notegraph#> SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:PaperMention }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString()); field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString()); field.setLength(0);
                rows.add(row); row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row); }
        return rows;
    }

    private static List<Map<String, String>> records(List<List<String>> table) {
        List<String> head = table.get(0);
        return table.subList(1, table.size()).stream()
                .map(r -> IntStream.range(0, head.size()).boxed().collect(Collectors.toMap(head::get, r::get)))
                .toList();
    }

    @Test
    void csvHasTheExactHeaderAndOneRowPerPaperMention() {
        long[] rows = new long[1];
        String text = run(store, QueryRunner.Format.CSV, rows);
        List<List<String>> table = csv(text);

        assertThat(text).startsWith(HEADER + "\r\n");
        assertThat(table.get(0)).containsExactlyElementsOf(VARS);
        assertThat(table).allSatisfy(r -> assertThat(r).hasSize(10));
        long mentions = paperMentions(store);
        assertThat(mentions).isGreaterThan(40);
        assertThat(table.size() - 1L).isEqualTo(mentions).isEqualTo(rows[0]);
    }

    @Test
    void csvNotesAreRelativePathsAndLinesAreNumbers() {
        List<Map<String, String>> recs = records(csv(run(store, QueryRunner.Format.CSV, new long[1])));
        assertThat(recs).extracting(r -> r.get("note")).containsOnly("reading-group-2024-spring.md", "iclr2020-virtual.md",
                "awesome-generalization.markdown", "nas-notes.md", "vault/Deep SAD.md", "vault/Deep One-Class Classification.md",
                "vault/Isolation Forest.md");
        assertThat(recs).allSatisfy(r -> assertThat(r.get("line")).matches("[1-9][0-9]*"));
        assertThat(recs).allSatisfy(r -> assertThat(r.get("year")).matches("|(19|20)[0-9]{2}"));
        assertThat(recs).allSatisfy(r -> assertThat(r.get("paper")).startsWith("https://notegraph.example/paper/"));
    }

    @Test
    void authorsAreJoinedWithSemicolonsInListOrder() {
        List<Map<String, String>> recs = records(csv(run(store, QueryRunner.Format.CSV, new long[1])));
        Map<String, String> awesome = recs.stream().filter(r -> r.get("note").equals("awesome-generalization.markdown")
                && r.get("line").equals("17")).findFirst().orElseThrow();
        assertThat(awesome.get("authors")).isEqualTo(DDD_AUTHORS);
        // the ICLR note states no authors: they come from the resolved paper's bibo:authorList, in order
        Map<String, String> iclr = recs.stream().filter(r -> r.get("note").equals("iclr2020-virtual.md")
                && r.get("line").equals("9")).findFirst().orElseThrow();
        assertThat(iclr.get("authors")).isEqualTo(DDD_AUTHORS);
        assertThat(iclr.get("title")).isEqualTo("Deep Double Descent: Where Bigger Models and More Data Hurt");
        assertThat(iclr.get("openreview")).isEqualTo("B1g5sA4twr");
        assertThat(iclr.get("venue")).isEqualTo("ICLR 2020");
        assertThat(iclr.get("year")).isEqualTo("2020");
    }

    @Test
    void moreThanNineAuthorsKeepTheirNumericOrder() {
        List<String> names = List.of("Zoe Zimmer", "Yuri Young", "Xena Xu", "Will Wong", "Vera Voss", "Uma Usher",
                "Tom Tran", "Sam Stone", "Rita Reyes", "Quinn Quade", "Paul Park");
        Path notes = Fixtures.writeNotes(tmp.resolve("many-authors"),
                "list.md", "# Big papers\n\n- A Paper With Eleven Authors in Total. [[paper]](https://arxiv.org/abs/2101.00001)\n  - "
                        + String.join(", ", names) + ". *ICLR 2021*\n",
                "cite.md", "# Elsewhere\n\n- Read [this paper](https://arxiv.org/abs/2101.00001) again.\n");
        Fixtures.build(tmp.resolve("many-db"), notes);
        try (NoteStore s = Stores.openExisting(tmp.resolve("many-db"))) {
            List<Map<String, String>> recs = records(csv(run(s, QueryRunner.Format.CSV, new long[1])));
            Map<String, String> cite = recs.stream().filter(r -> r.get("note").equals("cite.md")).findFirst().orElseThrow();
            assertThat(cite.get("authors")).isEqualTo(String.join("; ", names));
            assertThat(cite.get("title")).isEqualTo("A Paper With Eleven Authors in Total");
            assertThat(cite.get("year")).isEqualTo("2021");
        }
    }

    @Test
    void jsonIsTheW3cSparqlResultsFormat() {
        long[] rows = new long[1];
        String text = run(store, QueryRunner.Format.JSON, rows);
        JsonObject json = JSON.parse(text);
        JsonArray vars = json.get("head").getAsObject().get("vars").getAsArray();
        assertThat(vars.stream().map(v -> v.getAsString().value()).toList()).containsExactlyElementsOf(VARS);
        JsonArray bindings = json.get("results").getAsObject().get("bindings").getAsArray();
        assertThat((long) bindings.size()).isEqualTo(rows[0]).isEqualTo(paperMentions(store));
        JsonObject first = bindings.get(0).getAsObject();
        assertThat(first.get("note").getAsObject().get("type").getAsString().value()).isEqualTo("literal");
        assertThat(first.get("paper").getAsObject().get("type").getAsString().value()).isEqualTo("uri");
        assertThat(ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                .rewindable().size()).isEqualTo(rows[0]);
    }

    @Test
    void xmlIsTheW3cSparqlResultsFormat() throws Exception {
        long[] rows = new long[1];
        String text = run(store, QueryRunner.Format.XML, rows);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        String ns = "http://www.w3.org/2005/sparql-results#";
        assertThat(root.getNamespaceURI()).isEqualTo(ns);
        assertThat(root.getLocalName()).isEqualTo("sparql");
        var variables = root.getElementsByTagNameNS(ns, "variable");
        assertThat(IntStream.range(0, variables.getLength()).mapToObj(i -> ((Element) variables.item(i)).getAttribute("name")).toList())
                .containsExactlyElementsOf(VARS);
        assertThat((long) root.getElementsByTagNameNS(ns, "result").getLength()).isEqualTo(rows[0]).isEqualTo(paperMentions(store));
    }

    @Test
    void tsvIsTheW3cSparqlResultsFormat() {
        long[] rows = new long[1];
        String text = run(store, QueryRunner.Format.TSV, rows);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo(VARS.stream().map(v -> "?" + v).collect(Collectors.joining("\t")));
        assertThat(lines.size() - 1L).isEqualTo(rows[0]).isEqualTo(paperMentions(store));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(10));
        assertThat(text).contains("\"vault/Deep SAD.md\"", "<https://notegraph.example/paper/");
        assertThat(ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV)
                .rewindable().size()).isEqualTo(rows[0]);
    }

    @Test
    void tableCountsTheSameRows() {
        long[] rows = new long[1];
        String text = run(store, QueryRunner.Format.TABLE, rows);
        assertThat(rows[0]).isEqualTo(paperMentions(store));
        assertThat(text).contains("| note", "vault/Deep SAD.md");
    }

    @Test
    void askAndConstructQueriesRun() {
        QueryRunner runner = new QueryRunner(store.datasetGraph(), 60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long yes = runner.run("PREFIX ng: <https://w3id.org/notegraph#> ASK { ?p a ng:Paper }", QueryRunner.Format.JSON, out);
        assertThat(yes).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"boolean\"").contains("true");
        long no = runner.run("PREFIX ng: <https://w3id.org/notegraph#> ASK { ?p a ng:NoSuchClass }", QueryRunner.Format.TABLE,
                new ByteArrayOutputStream());
        assertThat(no).isZero();
        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        long triples = runner.run("PREFIX ng: <https://w3id.org/notegraph#> CONSTRUCT { ?p a ng:Paper } WHERE { ?p a ng:Paper }",
                QueryRunner.Format.TABLE, ttl);
        assertThat(triples).isGreaterThan(30);
    }
}
