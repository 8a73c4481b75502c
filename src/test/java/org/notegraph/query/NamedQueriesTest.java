package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

class NamedQueriesTest {
    static final List<String> SHIPPED = NamedQueries.SHIPPED;

    @TempDir static Path tmp;
    private static NoteStore store;

    @BeforeAll
    static void buildExamples() {
        Fixtures.build(tmp.resolve("db"), Fixtures.EXAMPLES);
        store = Stores.openExisting(tmp.resolve("db"));
    }

    @AfterAll
    static void close() { store.close(); }

    /** The paper queries: each has rows over the examples. */
    static final List<String> PAPER_QUERIES = List.of("paper-mentions", "papers-in-several-notes", "papers-by-author",
            "papers-by-venue", "code-links", "notes-overview", "paper-evidence");

    @Test
    void thePaperAndSemanticQueriesAreShipped() {
        assertThat(SHIPPED).containsAll(PAPER_QUERIES)
                .contains("relations", "concepts", "contested-claims", "method-lineage", "phenomenon-dossier")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyQueryFileInTheQueriesFolderIsShipped() throws IOException {
        try (var files = Files.list(Path.of("queries"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).toList();
            assertThat(names).isNotEmpty();
            assertThat(SHIPPED).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void eachShippedQueryLoadsParsesAndSaysWhatItAnswers(String name) {
        Optional<String> text = NamedQueries.load(name);
        assertThat(text).as(name).isPresent();
        assertThat(NamedQueries.load(name + ".rq")).contains(text.get());
        Query q = QueryFactory.create(text.get());
        assertThat(q.isSelectType()).isTrue();
        assertThat(text.get()).startsWith("# name: " + name + "\n");
        assertThat(NamedQueries.description(text.get())).isNotBlank().endsWith("?");
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void eachShippedQueryReturnsTheColumnsItsHeaderPromisesOverTheExamples(String name) {
        String text = NamedQueries.load(name).orElseThrow();
        String columnsLine = text.lines().filter(l -> l.startsWith("# columns:")).findFirst().orElseThrow();
        List<String> promised = Arrays.stream(columnsLine.substring("# columns:".length()).trim().split("\\s+"))
                .map(v -> v.substring(1)).toList();
        long[] rows = new long[1];
        List<String> vars = store.read(d -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(text).build()) {
                var rs = qe.execSelect();
                List<String> v = rs.getResultVars();
                while (rs.hasNext()) { rs.next(); rows[0]++; }
                return v;
            }
        });
        assertThat(vars).isEqualTo(promised);
        if (PAPER_QUERIES.contains(name)) assertThat(rows[0]).as("rows of %s over the examples", name).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-query", "../queries/paper-mentions", "paper mentions", "/etc/passwd", "", "papers-by-author;drop"})
    void anUnknownOrUnsafeNameGivesNothing(String name) {
        assertThat(NamedQueries.load(name)).isEmpty();
    }

    @Test
    void anRqFileIsLoadedFromItsPath() throws IOException {
        Path file = tmp.resolve("mine.rq");
        Files.writeString(file, "# answers: How many triples?\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n");
        assertThat(NamedQueries.load(file.toString())).hasValueSatisfying(t -> assertThat(t).contains("COUNT(*)"));
        assertThat(NamedQueries.description(Files.readString(file))).isEqualTo("How many triples?");
    }

    /** Every paper in the dossier of a phenomenon is tied to it by a statement, a claim or a concept mention in its record. */
    @Test
    void thePhenomenonDossierListsOnlyPapersTiedToThePhenomenon() {
        String dossier = NamedQueries.load("phenomenon-dossier").orElseThrow()
                .replace("BIND (LCASE(STR(COALESCE(?label, \"\"))) AS ?want)", "BIND (\"double descent\" AS ?want)");
        String tied = """
                PREFIX ng: <https://w3id.org/notegraph#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?paper WHERE {
                  ?ph a ng:Phenomenon ; skos:prefLabel ?l . FILTER (LCASE(STR(?l)) = "double descent")
                  { ?st ng:object ?ph ; ng:subject ?paper }
                  UNION { ?c ng:about ?ph ; ng:attributedTo ?paper }
                  UNION { ?cm oa:hasBody ?ph ; ng:inPaperMention ?pm . ?pm oa:hasBody ?paper }
                }""";
        java.util.Set<String> listed = papers(dossier);
        assertThat(listed).as("the dossier has papers").isNotEmpty();
        assertThat(papers(tied)).containsAll(listed);
    }

    /**
     * A concept named several times in one record is one node; the concepts query still counts every
     * time the notes name it (as extraction found them) and every note that does.
     */
    @Test
    void theConceptsQueryCountsEveryTimeANoteNamesAConcept() {
        java.util.Map<String, Integer> named = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<String>> notes = new java.util.TreeMap<>();
        for (var n : Fixtures.extractFolder(Fixtures.EXAMPLES)) {
            for (var c : n.semantics().concepts()) {
                named.merge(c.concept().iri(), 1, Integer::sum);
                notes.computeIfAbsent(c.concept().iri(), k -> new java.util.TreeSet<>()).add(n.path());
            }
        }
        java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
        java.util.Map<String, Integer> noteCounts = new java.util.TreeMap<>();
        store.read(d -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(NamedQueries.load("concepts").orElseThrow()).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    counted.put(r.getResource("concept").getURI(), r.getLiteral("mentions").getInt());
                    noteCounts.put(r.getResource("concept").getURI(), r.getLiteral("notes").getInt());
                });
            }
            return null;
        });
        assertThat(named.values().stream().anyMatch(n -> n > 1)).as("some concept is named more than once").isTrue();
        assertThat(counted).isEqualTo(named);
        java.util.Map<String, Integer> expectedNotes = new java.util.TreeMap<>();
        notes.forEach((k, v) -> expectedNotes.put(k, v.size()));
        assertThat(noteCounts).isEqualTo(expectedNotes);
    }

    private static java.util.Set<String> papers(String query) {
        return store.read(d -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                java.util.Set<String> out = new java.util.TreeSet<>();
                qe.execSelect().forEachRemaining(r -> { if (r.contains("paper")) out.add(r.get("paper").toString()); });
                return out;
            }
        });
    }
}
