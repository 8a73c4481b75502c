package org.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notegraph.cli.CliRunner.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner.Run;

/** The command line end to end: exit codes, output, and the commands working on one store. */
class CliTest {
    @TempDir static Path tmp;
    static Path db;

    @BeforeAll
    static void buildExamples() {
        db = tmp.resolve("db");
        Run r = run("build", "--db", db.toString(), "examples/notes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("7 notes, 0 skipped, \\d+ papers, \\d+ mentions, \\d+ triples");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("build", "query", "export", "validate", "explain-identity", "Exit codes:",
                "usage error", "validation failed");
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("build", "--no-such-option", "x").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void paperMentionsCsvHasTheContractedColumns() {
        Run r = run("query", "paper-mentions", "--db", db.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\r?\n");
        assertThat(lines[0]).isEqualTo("note,line,paper,title,openreview,arxiv,doi,authors,venue,year");
        assertThat(lines.length).isGreaterThan(40);
        assertThat(r.out()).contains("reading-group-2024-spring.md,17,https://notegraph.example/paper/arxiv/1706.03762,Attention Is All You Need");
    }

    @Test
    void queryFormatsAreTheW3cOnes() {
        Run json = run("query", "notes-overview", "--db", db.toString(), "--format", "json");
        assertThat(json.out()).contains("\"head\"", "\"vars\"", "\"bindings\"");
        Run xml = run("query", "notes-overview", "--db", db.toString(), "--format", "xml");
        assertThat(xml.out()).contains("http://www.w3.org/2005/sparql-results#");
        Run tsv = run("query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--db", db.toString(), "--format", "tsv");
        assertThat(tsv.out()).startsWith("?n");
    }

    @Test
    void aQueryThatSearchesOpensTheTextIndexAndOneThatDoesNotReadsTheSameGraph() {
        Run search = run("query", "search", "--db", db.toString(), "--format", "csv");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("Attention Is All You Need");
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        Run plain = run("query", "--sparql", count, "--db", db.toString(), "--format", "csv");
        assertThat(plain.code()).as(plain.err()).isZero();
        String expected;
        try (org.notegraph.store.NoteStore store = org.notegraph.store.Stores.openExisting(db)) {
            expected = store.read(d -> org.apache.jena.sparql.exec.QueryExec.dataset(d).query(count).select().next()
                    .get(org.apache.jena.sparql.core.Var.alloc("n")).getLiteralLexicalForm());
        }
        assertThat(plain.out().split("\\r?\\n")[1]).isEqualTo(expected);
    }

    @Test
    void unknownQueryOrFormatIsAUsageError() {
        assertThat(run("query", "no-such-query", "--db", db.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("query", "paper-mentions", "--db", db.toString(), "--format", "yaml").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("query", "--sparql", "SELECT WHERE {", "--db", db.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void queryWithoutAStoreSaysSo() {
        Run r = run("query", "paper-mentions", "--db", tmp.resolve("missing").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(r.err()).contains("no store at");
    }

    @Test
    void validateConformingStoreExitsZero() {
        Run r = run("validate", "--db", db.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("conforms");
    }

    @Test
    void violationsArePrintedAsFileAndLineAndFailStrictBuilds() throws Exception {
        Path shapes = tmp.resolve("strict-shapes.ttl");
        Files.writeString(shapes, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ng: <https://w3id.org/notegraph#> .
                ng:NeedsDoi a sh:NodeShape ; sh:targetClass ng:PaperMention ;
                  sh:property [ sh:path <http://purl.org/ontology/bibo/doi> ; sh:minCount 1 ;
                                sh:message "mention has no DOI" ] .
                """);
        Run v = run("validate", "--db", db.toString(), "--shapes", shapes.toString());
        assertThat(v.code()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(v.out()).containsPattern("(?m)^reading-group-2024-spring\\.md:17: Violation: mention has no DOI \\(<https://notegraph\\.example/note/reading-group-2024-spring\\.md/mention/17-1> <http://purl\\.org/ontology/bibo/doi>\\)$");

        Run b = run("build", "--strict", "--shapes", shapes.toString(), "--db", tmp.resolve("strict-db").toString(), "examples/notes");
        assertThat(b.code()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(b.err()).contains(": Violation: mention has no DOI");
        Run lenient = run("build", "--shapes", shapes.toString(), "--db", tmp.resolve("lenient-db").toString(), "examples/notes");
        assertThat(lenient.code()).isZero();
    }

    @Test
    void exportTurtleIsDeterministicAndParses() throws Exception {
        Path a = tmp.resolve("a.ttl");
        Path b = tmp.resolve("b.ttl");
        assertThat(run("export", "--db", db.toString(), "-o", a.toString()).code()).isZero();
        assertThat(run("export", "--db", db.toString(), "--format", "turtle", "-o", b.toString()).code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readString(a)).contains("@prefix ng:", "@prefix dcterms:");
        assertThat(RDFParser.source(a).toGraph().size()).isGreaterThan(1000);
        for (String f : new String[] {"trig", "nt", "nq", "jsonld"}) {
            Path out = tmp.resolve("out." + f);
            assertThat(run("export", "--db", db.toString(), "--format", f, "-o", out.toString()).code()).isZero();
            assertThat(RDFParser.source(out).toDatasetGraph().stream().count()).as(f).isGreaterThan(1000);
        }
        assertThat(run("export", "--db", db.toString(), "--format", "rdfxml2").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void exportBibliographyOfAllPapersOrOfAQuerysPapers() throws Exception {
        Path all = tmp.resolve("all.bib");
        assertThat(run("export", "--db", db.toString(), "--format", "bibtex", "-o", all.toString()).code()).isZero();
        int papers = Integer.parseInt(run("query", "--db", db.toString(), "--format", "csv",
                "--sparql", "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/notegraph#Paper> }").out().lines().skip(1).findFirst().orElseThrow().strip());
        assertThat(entries(all)).isEqualTo(papers).isEqualTo(42);

        Path dossier = tmp.resolve("dd.json");
        Run r = run("export", "--db", db.toString(), "--format", "csljson", "--query", "phenomenon-dossier",
                "--param", "label=double descent", "-o", dossier.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String json = Files.readString(dossier);
        assertThat(json).contains("Deep Double Descent").doesNotContain("Attention Is All You Need");

        Path rq = tmp.resolve("one.rq");
        Files.writeString(rq, "SELECT ?paper WHERE { ?paper <https://w3id.org/notegraph#arxivId> \"1706.03762\" }\n");
        Path one = tmp.resolve("one.bib");
        assertThat(run("export", "--db", db.toString(), "--format", "bibtex", "--query", rq.toString(), "-o", one.toString()).code()).isZero();
        assertThat(entries(one)).isEqualTo(1);
        assertThat(Files.readString(one)).contains("@misc{attention,", "eprint = {1706.03762}", "archivePrefix = {arXiv}");

        assertThat(run("export", "--db", db.toString(), "--format", "bibtex", "--query", "no-such-query").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", "--db", db.toString(), "--format", "turtle", "--query", "paper-mentions").code()).isEqualTo(ExitCodes.USAGE);
    }

    private static int entries(Path bib) throws Exception {
        try (var r = Files.newBufferedReader(bib)) {
            return new org.jbibtex.BibTeXParser().parse(r).getEntries().size();
        }
    }

    @Test
    void explainIdentityNamesTheSharedKey() {
        Run r = run("explain-identity", "--db", db.toString(), "arxiv:1803.03635");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("/paper/arxiv/1803.03635", "merged by");
        assertThat(run("explain-identity", "--db", db.toString(), "no paper has this title at all").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void brokenNotesAreReportedAndTheRestBuilt() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("broken-notes"));
        Files.writeString(notes.resolve("good.md"), "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");
        Files.write(notes.resolve("bad.md"), new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        Files.writeString(notes.resolve("yaml.md"), "---\ntitle: [unclosed\n---\n- [Adam](https://arxiv.org/abs/1412.6980)\n");
        Run r = run("build", "--db", tmp.resolve("broken-db").toString(), notes.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("bad.md:2: error: invalid UTF-8", "yaml.md:").contains("malformed front matter");
        assertThat(r.out()).contains("3 notes, 1 skipped, 2 papers, 2 mentions");
    }
}
