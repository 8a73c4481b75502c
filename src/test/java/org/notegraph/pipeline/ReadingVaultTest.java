package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;
import org.notegraph.testing.Graphs;

/**
 * Issue 11's vault: one-paper notes with front matter (titles, aliases) and a reading-group note
 * about no paper that links them with [[wikilinks]]. Each sentence gives its relation between the
 * papers the links stand for (by file name, alias or title), a negated one gives none, and a
 * one-paper note's "the paper shows that" is a claim of that paper.
 */
class ReadingVaultTest {
    @TempDir static Path tmp;
    static Path db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        Fixtures.build(db, Path.of("src/test/resources/reading-vault"));
    }

    private static Set<String> rows(String select) {
        try (NoteStore store = Stores.open(db)) {
            return store.read(d -> Graphs.selectRows(d.getUnionGraph(), "PREFIX ng: <https://w3id.org/notegraph#> "
                    + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + select, " | "));
        }
    }

    @Test
    void eachLinkedSentenceGivesItsRelationBetweenThePapersItLinks() {
        assertThat(rows("SELECT ?line ?st ?rel ?ot WHERE { ?r a ng:RelationStatement ; ng:inNote/ng:path \"reading-group-week-5.md\" ; "
                + "ng:line ?line ; ng:relation ?rel ; ng:subject/dcterms:title ?st ; ng:object/dcterms:title ?ot ; ng:confidence ?c . FILTER (?c >= 0.5) }"))
                .containsExactly(
                        "5 | Gradient Skipping for Faster Convergence | https://w3id.org/notegraph#extends | Momentum Revisited in Small-Batch Training",
                        "6 | Lazy Updates Are Enough | https://w3id.org/notegraph#outperforms | Gradient Skipping for Faster Convergence",
                        "7 | Lazy Updates Are Enough | https://w3id.org/notegraph#disputes | Momentum Revisited in Small-Batch Training");
    }

    @Test
    void thePaperShowsThatIsAClaimOfTheNotesOwnPaper() {
        assertThat(rows("SELECT ?t ?p WHERE { ?c a ng:Claim ; rdfs:label ?t ; ng:attributedTo/dcterms:title ?p }"))
                .anyMatch(r -> r.startsWith("skipping half of the backward passes keeps final accuracy")
                        && r.endsWith("| Gradient Skipping for Faster Convergence"));
    }
}
