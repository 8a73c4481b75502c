package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.notegraph.testing.Graphs;

/**
 * {@code contested-claims} pairs a paper that supports a target with another that disputes it,
 * and {@code phenomenon-dossier} lists only what is about its phenomenon, on a small graph where
 * co-mentions (two claims naming ReLU in passing, one paper on both sides, an unrelated titled
 * paper) must not appear.
 */
class ContestsAndDossierTest {
    private static List<String> rows(String name, String label, String... vars) {
        String text = NamedQueries.load(name).orElseThrow();
        List<String> out = new ArrayList<>();
        var builder = QueryExec.dataset(Graphs.unionAsDefault("src/test/resources/query/contests.trig")).query(text);
        if (label != null) builder.substitution(Var.alloc("label"), NodeFactory.createLiteralString(label));
        try (QueryExec qe = builder.build()) {
            qe.select().forEachRemaining(b -> {
                StringBuilder sb = new StringBuilder();
                for (String v : vars) {
                    var n = b.get(Var.alloc(v));
                    sb.append(sb.length() == 0 ? "" : " | ").append(n == null ? "-" : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
                }
                out.add(sb.toString());
            });
        }
        return out;
    }

    @Test
    void onlyATargetOnePaperSupportsAndAnotherDisputesIsContested() {
        assertThat(rows("contested-claims", null, "targetLabel", "stance", "paperLabel", "line")).containsExactly(
                "double descent | disputes | Paper Two | 4",
                "double descent | supports | Paper One | 3",
                "double descent | supports | Paper One | 5");
    }

    @Test
    void theDossierListsWhatIsAboutThePhenomenonAndNoOtherPaper() {
        List<String> dossier = rows("phenomenon-dossier", "double descent", "what", "paperLabel", "line");
        assertThat(dossier).containsExactlyInAnyOrder(
                "claim (asserts) | Paper One | 5",
                "disputes | Paper Two | 4",
                "supports | Paper One | 3");
        assertThat(dossier).noneMatch(r -> r.contains("Unrelated") || r.contains("Paper Three"));
    }
}
