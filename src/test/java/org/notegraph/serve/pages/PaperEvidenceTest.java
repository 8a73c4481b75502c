package org.notegraph.serve.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.model.Relation;
import org.notegraph.query.NamedQueries;
import org.notegraph.serve.pages.Views.EvidenceCount;
import org.notegraph.serve.pages.Views.EvidenceRow;
import org.notegraph.serve.pages.Views.PaperEvidence;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * A paper page's evidence counts and the lists behind them, over the bibliography fixtures
 * (src/test/resources/bibliography, whose README gives the relations): the counts are those of
 * queries/paper-evidence.rq for every paper, and each count is the length of its list.
 */
class PaperEvidenceTest {
    static final String B = "https://notegraph.example/";
    static final String LATTICE = B + "paper/doi/10.5555/lattice.2021.17";
    static final String ROUTING = B + "paper/arxiv/2203.04567";
    static final String BLOOM = B + "paper/doi/10.5555/jmlr.2020.0099";
    static final Path FIXTURES = Path.of("src/test/resources/bibliography");

    @TempDir static Path tmp;
    private static NoteStore store;
    private static PageData data;

    @BeforeAll
    static void build() {
        Fixtures.build(tmp.resolve("db"), FIXTURES.resolve("vault"), FIXTURES.resolve("lists"));
        store = Stores.openExisting(tmp.resolve("db"));
        data = new PageData(store.datasetGraph(), new Site(B, "kg"));
    }

    @AfterAll
    static void close() { store.close(); }

    static List<Long> numbers(PaperEvidence e) {
        List<Long> n = new ArrayList<>();
        e.about().forEach(c -> n.add(c.n()));
        e.made().forEach(c -> n.add(c.n()));
        return n;
    }

    @Test
    void aPaperPageCountsWhatTheNotesSayAboutItAndWhatItSays() {
        PaperEvidence lattice = data.resource(LATTICE).semantics().evidence();
        assertThat(lattice.about()).extracting(EvidenceCount::label).containsExactly("supported by", "disputed by", "extended by", "used by");
        assertThat(lattice.made()).extracting(EvidenceCount::label).containsExactly("supports", "disputes", "extends", "uses");
        assertThat(numbers(lattice)).containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(lattice.about().get(0).href())
                .isEqualTo("/evidence?iri=" + Site.encode(LATTICE) + "&relation=supports&direction=in");
        assertThat(numbers(data.resource(ROUTING).semantics().evidence())).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(numbers(data.resource(BLOOM).semantics().evidence())).containsExactly(0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L);
        assertThat(data.resource(B + "note/vault/Bloom%20Tags.md").semantics().evidence()).as("a note is no paper").isNull();
    }

    @Test
    void theCountsAreThoseOfTheNamedQueryForEveryPaper() {
        Map<String, List<Long>> byQuery = new TreeMap<>();
        store.read(d -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(NamedQueries.load("paper-evidence").orElseThrow()).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    List<Long> n = new ArrayList<>();
                    for (String c : List.of("supportedBy", "disputedBy", "extendedBy", "usedBy", "supports", "disputes", "extends", "uses")) {
                        n.add(r.getLiteral(c).getLong());
                    }
                    byQuery.put(r.getResource("paper").getURI(), n);
                });
            }
            return null;
        });
        assertThat(byQuery).hasSize(7);
        byQuery.forEach((paper, counts) -> assertThat(numbers(data.resource(paper).semantics().evidence())).as(paper).isEqualTo(counts));
    }

    @Test
    void eachCountOpensItsListOfStatementsWithEvidence() {
        var disputed = data.evidence(LATTICE, Relation.DISPUTES, true).orElseThrow();
        assertThat(disputed.heading()).isEqualTo("disputed by");
        assertThat(disputed.rows()).hasSize(1);
        EvidenceRow row = disputed.rows().get(0);
        assertThat(row.subject().iri()).isEqualTo(BLOOM);
        assertThat(row.relation()).isEqualTo("disputes");
        assertThat(row.object().iri()).isEqualTo(LATTICE);
        assertThat(row.evidence().where().text()).isEqualTo("vault/Bloom Tags.md:12");
        assertThat(row.evidence().rule()).isEqualTo("dataview-field");
        for (Relation r : EvidenceStatements.COUNTED) {
            for (boolean in : new boolean[] {true, false}) {
                var list = data.evidence(ROUTING, r, in).orElseThrow();
                long count = (in ? list.counts().about() : list.counts().made()).get(EvidenceStatements.COUNTED.indexOf(r)).n();
                assertThat((long) list.rows().size()).as("%s %s", r, in).isEqualTo(count);
            }
        }
        assertThat(data.evidence(B + "note/vault/Bloom%20Tags.md", Relation.SUPPORTS, true)).as("no paper").isEmpty();
        assertThat(PageData.evidenceRelation("proposes")).isEmpty();
        assertThat(PageData.evidenceRelation("uses")).contains(Relation.USES);
    }
}
