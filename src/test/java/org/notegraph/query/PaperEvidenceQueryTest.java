package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** queries/paper-evidence.rq on a small hand-written graph (src/test/resources/query/paper-evidence.trig, which says what to expect). */
class PaperEvidenceQueryTest {
    static final List<String> COUNTS = List.of("supportedBy", "disputedBy", "extendedBy", "usedBy", "supports", "disputes", "extends", "uses");

    @Test
    void countsStatementsAboutEachPaperAndItsClaimsApartFromItsOwn() {
        var quads = RDFDataMgr.loadDatasetGraph(Path.of("src/test/resources/query/paper-evidence.trig").toString());
        Dataset ds = DatasetFactory.create(ModelFactory.createModelForGraph(quads.getUnionGraph()));
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(NamedQueries.load("paper-evidence").orElseThrow()).build()) {
            qe.execSelect().forEachRemaining(r -> rows.add(row(r)));
        }
        assertThat(rows).containsExactly(
                "Paper A 2 1 1 0 1 0 0 0",
                "Paper B 0 0 0 1 1 0 1 0",
                "Paper C 0 0 0 0 1 0 0 1");
    }

    private static String row(QuerySolution r) {
        StringBuilder s = new StringBuilder(r.getLiteral("title").getString());
        for (String c : COUNTS) s.append(' ').append(r.getLiteral(c).getInt());
        return s.toString();
    }
}
