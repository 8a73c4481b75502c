package org.notegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.model.Namespaces;
import org.notegraph.pipeline.BuildReport;
import org.notegraph.rdf.NG;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

class NoteValidatorTest {
    private static final String B = Namespaces.DEFAULT_BASE;
    /** file[:line]: Severity: message (<focus>[ path]) */
    private static final Pattern LINE = Pattern.compile("^\\S.*?(:\\d+)?: (Violation|Warning|Info): .+ \\(<[^>]+>( \\S+)?\\)$");

    @TempDir static Path tmp;
    private static NoteStore store;
    private static BuildReport report;
    private static final NoteValidator VALIDATOR = NoteValidator.defaults();

    @BeforeAll
    static void buildExamples() {
        report = Fixtures.build(tmp.resolve("db"), Fixtures.EXAMPLES);
        store = Stores.openExisting(tmp.resolve("db"));
    }

    @AfterAll
    static void close() { store.close(); }

    private static Graph unionCopy() {
        return store.read(d -> {
            Graph g = GraphFactory.createGraphMem();
            d.getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    private static String expectedFormat(ValidationResults.Result r) {
        return r.file() + ":" + r.line() + ": " + r.severity() + ": " + r.message() + " (" + r.focus() + " " + r.path() + ")";
    }

    @Test
    void builtExamplesConform() {
        ValidationResults results = store.read(d -> VALIDATOR.validate(d.getUnionGraph()));
        assertThat(results.violations()).as(results.results().toString()).isZero();
        assertThat(results.conforms()).isTrue();
        assertThat(report.validation().conforms()).isTrue();
        assertThat(results.summary()).startsWith("0 violations, ");
        // what is reported is located in the notes all the same
        assertThat(results.results()).allSatisfy(r -> assertThat(r.format()).matches(LINE));
    }

    @Test
    void builtFixtureNotesConform() {
        BuildReport fixtures = Fixtures.build(tmp.resolve("fixtures-db"), Fixtures.NOTES);
        assertThat(fixtures.validation().violations()).as(fixtures.validation().results().toString()).isZero();
    }

    @Test
    void aSecondPaperTitleIsReportedAtTheFirstMentionOfThatPaper() {
        Graph g = unionCopy();
        Node paper = NodeFactory.createURI(B + "paper/arxiv/1912.02292");
        assertThat(g.find(paper, DCTerms.title.asNode(), Node.ANY).toList()).hasSize(1);
        g.add(paper, DCTerms.title.asNode(), NodeFactory.createLiteralString("Deep Double Descent"));

        ValidationResults results = VALIDATOR.validate(g);

        assertThat(results.violations()).isEqualTo(1);
        ValidationResults.Result r = results.results().stream().filter(x -> x.severity().equals("Violation")).findFirst().orElseThrow();
        // mentioned at awesome-generalization.markdown:17, iclr2020-virtual.md:9 and reading-group-2024-spring.md:43
        assertThat(r.file()).isEqualTo("awesome-generalization.markdown");
        assertThat(r.line()).isEqualTo(17);
        assertThat(r.focus()).isEqualTo("<" + B + "paper/arxiv/1912.02292>");
        assertThat(r.path()).isEqualTo("<http://purl.org/dc/terms/title>");
        assertThat(r.message()).containsIgnoringCase("title");
        assertThat(r.format()).isEqualTo(expectedFormat(r))
                .startsWith("awesome-generalization.markdown:17: Violation: ")
                .endsWith(" (<" + B + "paper/arxiv/1912.02292> <http://purl.org/dc/terms/title>)");
    }

    @Test
    void aBrokenMentionIsReportedAtItsOwnLine() {
        Graph g = unionCopy();
        Node mention = NodeFactory.createURI(B + "note/nas-notes.md/mention/14-1");
        assertThat(g.find(mention, NG.rule, Node.ANY).toList()).hasSize(1);
        g.remove(mention, NG.rule, Node.ANY);

        ValidationResults results = VALIDATOR.validate(g);

        assertThat(results.violations()).isEqualTo(1);
        ValidationResults.Result r = results.results().stream().filter(x -> x.severity().equals("Violation")).findFirst().orElseThrow();
        assertThat(r.format()).isEqualTo(expectedFormat(r)).startsWith("nas-notes.md:14: Violation: ")
                .endsWith("(<" + B + "note/nas-notes.md/mention/14-1> <https://w3id.org/notegraph#rule>)");
    }

    @Test
    void aBrokenPersonIsReportedAtAMentionThatNamesThem() {
        Graph g = unionCopy();
        Node person = NodeFactory.createURI(B + "person/preetum-nakkiran");
        g.remove(person, FOAF.name.asNode(), Node.ANY);

        ValidationResults results = VALIDATOR.validate(g);

        ValidationResults.Result r = results.results().stream().filter(x -> x.severity().equals("Violation")).findFirst().orElseThrow();
        assertThat(results.violations()).isEqualTo(1);
        assertThat(r.focus()).isEqualTo("<" + B + "person/preetum-nakkiran>");
        assertThat(r.file() + ":" + r.line()).isEqualTo("awesome-generalization.markdown:17");
    }

    @Test
    void theViolationsFixtureIsReportedFileLineSeverityMessageFocusPath() {
        InputStream in = NoteValidatorTest.class.getResourceAsStream("/model/violations.trig");
        assertThat(in).as("src/test/resources/model/violations.trig (the model fixture with one violation per "
                + "numbered comment) must be on the test classpath").isNotNull();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(in).lang(Lang.TRIG).parse(dsg);

        ValidationResults results = VALIDATOR.validate(dsg.getUnionGraph());

        // EXPECTED at the end of the fixture: 21 numbered results, (3) twice (mention and paper), (18) a warning
        assertThat(results.violations()).isEqualTo(21);
        assertThat(results.count("Warning")).isEqualTo(1);
        assertThat(results.conforms()).isFalse();
        assertThat(results.results()).allSatisfy(r -> assertThat(r.format()).matches(LINE));
        assertThat(results.results()).isSortedAccordingTo(Comparator.comparing(ValidationResults.Result::file)
                .thenComparingInt(ValidationResults.Result::line));

        ValidationResults.Result doi = only(results, B + "note/bad.md/mention/15-1", "<http://purl.org/ontology/bibo/doi>");
        assertThat(doi.format()).isEqualTo(expectedFormat(doi)).startsWith("bad.md:15: Violation: ");
        assertThat(doi.message()).contains("DOI");

        ValidationResults.Result lineOrder = only(results, B + "note/bad.md/mention/7-1", "<https://w3id.org/notegraph#line>");
        assertThat(lineOrder.format()).startsWith("bad.md:9: Violation: ");

        ValidationResults.Result hash = only(results, B + "note/bad.md", "<https://w3id.org/notegraph#contentHash>");
        assertThat(hash.format()).startsWith("bad.md:1: Violation: ");

        // a paper is located at a mention that resolves to it; the one with a line (7-1, line 9) wins over 3-1 (no ng:line)
        ValidationResults.Result titles = only(results, B + "paper/arxiv/1912.02292v2", "<http://purl.org/dc/terms/title>");
        assertThat(titles.format()).isEqualTo(expectedFormat(titles)).startsWith("bad.md:9: Violation: ");

        ValidationResults.Result warning = only(results, B + "paper/url/0123456789abcdef", "<http://purl.org/dc/terms/title>");
        assertThat(warning.format()).startsWith("bad.md:11: Warning: ");

        ValidationResults.Result noLink = results.results().stream()
                .filter(r -> r.focus().equals("<" + B + "note/bad.md/mention/11-1>") && r.path().isEmpty()).findFirst().orElseThrow();
        assertThat(noLink.format()).isEqualTo("bad.md:11: Violation: " + noLink.message() + " (<" + B + "note/bad.md/mention/11-1>)");
    }

    /**
     * A store too large to copy into memory is validated where it is (the TDB2 union graph, each
     * triple once however many graphs hold it): the results are the ones a copy gives.
     */
    @Test
    void validatingInPlaceGivesTheResultsOfValidatingACopy() {
        InputStream in = NoteValidatorTest.class.getResourceAsStream("/model/violations.trig");
        assertThat(in).isNotNull();
        DatasetGraph tdb = org.apache.jena.tdb2.TDB2Factory.createDataset().asDatasetGraph();
        org.apache.jena.system.Txn.executeWrite(tdb, () -> RDFParser.source(in).lang(Lang.TRIG).parse(tdb));
        ValidationResults copied = org.apache.jena.system.Txn.calculateRead(tdb, () -> VALIDATOR.validate(tdb.getUnionGraph()));
        ValidationResults inPlace = org.apache.jena.system.Txn.calculateRead(tdb, () -> VALIDATOR.validateInPlace(tdb.getUnionGraph()));
        assertThat(copied.violations()).isEqualTo(21);
        assertThat(inPlace.results()).isEqualTo(copied.results());
    }

    private static ValidationResults.Result only(ValidationResults results, String focus, String path) {
        List<ValidationResults.Result> rs = results.results().stream()
                .filter(r -> r.focus().equals("<" + focus + ">") && r.path().equals(path)).toList();
        assertThat(rs).as("results for %s %s in %s", focus, path, results.results()).hasSize(1);
        return rs.get(0);
    }
}
