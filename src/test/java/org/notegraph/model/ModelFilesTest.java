package org.notegraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.notegraph.rdf.NG;

/**
 * The hand-written model files agree with each other: the ontology declares every term in {@link NG},
 * the sample dataset conforms to the shapes, the violations dataset gives exactly the results its
 * EXPECTED list names, and paper-mentions over the sample gives the rows the model implies.
 */
class ModelFilesTest {
    private static final String B = "https://notegraph.example/";

    private static Graph union(String trig) {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(trig);
        return dsg.getUnionGraph();
    }

    private static ValidationReport validate(String trig) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("shapes/notegraph.ttl"));
        return ShaclValidator.get().validate(shapes, union(trig));
    }

    @Test
    void ontologyDeclaresEveryTermWithLabelAndCommentAndHasNoBlankNodes() throws Exception {
        Graph onto = RDFDataMgr.loadGraph("ontology/notegraph.ttl");
        List<String> missing = new ArrayList<>();
        for (Field f : NG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node term = (Node) f.get(null);
            if (!onto.contains(term, RDFS.label.asNode(), Node.ANY) || !onto.contains(term, RDFS.comment.asNode(), Node.ANY))
                missing.add(term.getLocalName());
        }
        assertTrue(missing.isEmpty(), "terms without rdfs:label/rdfs:comment in ontology/notegraph.ttl: " + missing);
        assertFalse(onto.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext(),
                "ontology has blank nodes");
    }

    @Test
    void sampleConforms() {
        ValidationReport r = validate("src/test/resources/model/sample.trig");
        assertTrue(r.conforms(), () -> r.getEntries().toString());
    }

    @Test
    void violationsAreExactlyTheExpectedOnes() {
        ValidationReport r = validate("src/test/resources/model/violations.trig");
        TreeSet<String> got = new TreeSet<>();
        r.getEntries().forEach(e -> got.add(e.severity().level().getLocalName() + " "
                + e.focusNode().getURI().replace(B, "") + " "
                + (e.resultPath() == null ? "-" : e.resultPath().toString())));
        String ng = "<https://w3id.org/notegraph#";
        TreeSet<String> expected = new TreeSet<>(List.of(
                "Violation note/bad.md " + ng + "contentHash>",                                    // (1)
                "Violation note/bad.md/mention/3-1 " + ng + "line>",                               // (2)
                "Violation note/bad.md/mention/3-1 " + ng + "arxivId>",                            // (3)
                "Violation paper/arxiv/1912.02292v2 " + ng + "arxivId>",                           // (3)
                "Violation note/bad.md/mention/7-1 " + ng + "year>",                               // (4)
                "Violation note/bad.md/mention/7-1 " + ng + "line>",                               // (5)
                "Violation note/bad.md/mention/11-1 -",                                            // (6)
                "Violation note/bad.md/mention/11-1 <http://www.w3.org/ns/oa#hasTarget>",          // (7)
                "Violation note/bad.md/mention/15-1 <http://purl.org/ontology/bibo/doi>",          // (8)
                "Violation note/bad.md/mention/15-1 " + ng + "openreviewId>",                      // (9)
                "Violation note/bad.md/mention/20-1 " + ng + "inNote>",                            // (10)
                "Violation note/bad.md/mention/20-1 " + ng + "rule>",                              // (11)
                "Violation person/nobody <http://xmlns.com/foaf/0.1/name>",                        // (12)
                "Violation venue/iclr-3020 <http://www.w3.org/2000/01/rdf-schema#label>",          // (13)
                "Violation venue/iclr-3020 " + ng + "year>",                                       // (14)
                "Violation paper/arxiv/1912.02292v2 <http://purl.org/dc/terms/title>",             // (15)
                "Violation paper/arxiv/1912.02292v2 <http://purl.org/spar/fabio/hasPublicationYear>", // (16)
                "Violation paper/arxiv/1912.02292v2 " + ng + "mentionCount>",                      // (17)
                "Warning paper/url/0123456789abcdef <http://purl.org/dc/terms/title>",             // (18)
                "Violation paper/url/0123456789abcdef <http://purl.org/spar/fabio/hasPublicationYear>", // (19)
                "Violation note/bad.md/claim/9-1 " + ng + "confidence>",                          // (20)
                "Violation note/bad.md/claim/10-1 " + ng + "evidence>"));                         // (21)
        assertEquals(expected, got);
        assertEquals(22, r.getEntries().size(), "one result per expected line");
    }

    @Test
    void paperMentionsOverTheSample() {
        Dataset ds = DatasetFactory.wrap(DatasetGraphFactory.wrap(union("src/test/resources/model/sample.trig")));
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(QueryFactory.read("queries/paper-mentions.rq")).build()) {
            ResultSet rs = qe.execSelect();
            assertEquals(List.of("note", "line", "paper", "title", "openreview", "arxiv", "doi", "authors", "venue", "year"),
                    rs.getResultVars());
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : rs.getResultVars()) {
                    var n = s.get(v);
                    cells.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI().replace(B, ""));
                }
                rows.add(String.join(" | ", cells));
            }
        }
        String kaplan = "Jared Kaplan; Sam McCandlish; Tom Henighan; Tom B. Brown; Benjamin Chess; Rewon Child; "
                + "Scott Gray; Alec Radford; Jeffrey Wu; Dario Amodei";
        String belkin = "Mikhail Belkin; Daniel Hsu; Siyuan Ma; Soumik Mandal";
        String reconciling = "Reconciling modern machine-learning practice and the classical bias-variance trade-off";
        assertEquals(List.of(
                "reading/double-descent.md | 5 | paper/arxiv/1912.02292 | Deep Double Descent: Where Bigger Models and More Data Hurt | B1g5sA4twr | 1912.02292 |  | Preetum Nakkiran; Gal Kaplun | ICLR 2020 | 2020",
                "reading/double-descent.md | 9 | paper/doi/10.1073/pnas.1903070116 | " + reconciling + " |  |  | 10.1073/pnas.1903070116 | " + belkin + " |  | 2019",
                "reading/double-descent.md | 14 | paper/arxiv/2001.08361 | Scaling Laws for Neural Language Models |  | 2001.08361 |  | " + kaplan + " |  | 2020",
                "talks/iclr.md | 12 | paper/arxiv/1912.02292 | Deep Double Descent | B1g5sA4twr | 1912.02292 |  | Preetum Nakkiran; Gal Kaplun | ICLR 2020 | 2020",
                "talks/iclr.md | 16 | paper/doi/10.1073/pnas.1903070116 | " + reconciling + " |  |  | 10.1073/pnas.1903070116 | " + belkin + " |  | 2019",
                "talks/iclr.md | 20 | paper/arxiv/2001.08361 | Scaling Laws for Neural Language Models |  | 2001.08361 |  | " + kaplan + " |  | 2020",
                "talks/iclr.md | 25 | paper/arxiv/1706.03762 | Attention Is All You Need |  | 1706.03762 |  | Ashish Vaswani; Noam Shazeer | NeurIPS 2017 | 2017"),
                rows);
    }
}
