package org.notegraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notegraph.enrich.Payloads.Hit;
import static org.notegraph.enrich.StandInServices.atom;
import static org.notegraph.enrich.StandInServices.json;
import static org.notegraph.enrich.StandInServices.status;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.query.NamedQueries;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;
import org.notegraph.testing.Graphs;
import org.notegraph.validate.NoteValidator;
import org.notegraph.validate.ValidationResults;

/**
 * notegraph enrich against a local stand-in of arXiv, Crossref, OpenAlex, DBLP and OpenReview (never
 * the network): notes that give only an arXiv link, only a DOI or only an OpenReview link get title,
 * ordered authors, venue and year; a second run is answered from the cache; a note's own title is
 * kept and the difference reported; a 429 is retried after its Retry-After; a lasting 503 is retried,
 * reported, and the other papers are still enriched.
 */
class EnricherTest {
    private static final String CONTACT = "lab@example.org";
    private static final List<String> FOUR = List.of("arxiv", "crossref", "openalex", "dblp", "openreview");

    @TempDir static Path tmp;
    private static StandInServices services;
    private static NoteStore store;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void buildStore() throws Exception {
        Path notes = Fixtures.writeNotes(tmp.resolve("notes"),
                "arxiv-only.md", "# Week one\n\n- https://arxiv.org/abs/2101.00001\n",
                "doi-only.md", "# Week two\n\n- https://doi.org/10.5555/made.up.1\n",
                "own-title.md", "# Week three\n\n- [My Own Title For It](https://arxiv.org/abs/2101.00002)\n",
                "busy.md", "# Week four\n\n- https://doi.org/10.5555/busy.2\n",
                "reviewed.md", "# Week five\n\n- https://openreview.net/forum?id=FakeId123\n");
        Fixtures.build(tmp.resolve("db"), notes);
        store = Stores.openExisting(tmp.resolve("db"));
        services = new StandInServices();
    }

    @AfterAll
    static void close() {
        store.close();
        services.close();
    }

    @BeforeEach
    void script() {
        services.forget();
        services.script("/arxiv/api/query?id_list=2101.00001", atom(Payloads.arxivFeed("2101.00001",
                "Sparse Widgets\n      Learn Faster", List.of("Ada Quill", "Bo Renner", "Cy Tamsin"), "2021-01-04T18:00:00Z", null)));
        services.script("/arxiv/api/query?id_list=2101.00002", atom(Payloads.arxivFeed("2101.00002",
                "A Rather Different Title", List.of("Gil Hart"), "2021-01-05T09:00:00Z", "Made-Up Letters 3 (2021) 1-9")));
        services.script("/openalex/works/doi:10.48550/arXiv.2101.00001", json(Payloads.openAlexWork(
                "Sparse widgets learn faster", List.of("Ada Quill", "Bo Renner", "Cy Tamsin"), "arXiv (Cornell University)", 2021)));
        services.script("/dblp/search/publ/api?q=Sparse Widgets Learn Faster&format=json&h=10", json(Payloads.dblpResult(
                new Hit("Sparse Widgets Learn Faster", List.of("Ada Quill", "Bo Renner 0002", "Cy Tamsin"), "CoRR", 2021),
                new Hit("Sparse Widgets Learn Faster", List.of("Ada Quill", "Bo Renner 0002", "Cy Tamsin"), "ICML", 2022),
                new Hit("Sparse Widgets Learn Slower", List.of("Zed Other"), "NeurIPS", 2023))));
        services.script("/crossref/works/10.5555/made.up.1", json(Payloads.crossrefWork("10.5555/made.up.1",
                "Counting Pebbles with Small Transformers", List.of("Dara Okafor", "Eli Prentiss"), "Journal of Imaginary Results", 2019)));
        services.script("/dblp/search/publ/api?q=Counting Pebbles with Small Transformers&format=json&h=10", json(Payloads.dblpResult()));
        services.script("/crossref/works/10.5555/busy.2", status(429, "2"), json(Payloads.crossrefWork("10.5555/busy.2",
                "Patience Is Rewarded", List.of("Ivo Lang"), "Proceedings of the Made-Up Workshop", 2020)));
        services.script("/openreview/notes?id=FakeId123", json(Payloads.openReviewNotes("FakeId123",
                "Reviewing Reviews of Reviews", List.of("Jo Mendel", "Kit Varga"), "ICLR 2023 poster")));
    }

    private static EnrichSettings settings(Path cache, List<String> sources) {
        return new EnrichSettings(sources, cache, CONTACT, services.baseUrls(), null, 4, Duration.ofSeconds(1));
    }

    private static Set<String> paperMentions() {
        String q = NamedQueries.load("paper-mentions").orElseThrow();
        return store.read(d -> Graphs.selectRows(d.getUnionGraph(), q, " | "));
    }

    @Test
    void notesWithOnlyAnIdentifierGetTitleAuthorsVenueAndYear() throws Exception {
        StandInServices.FakeTiming timing = new StandInServices.FakeTiming();
        EnrichReport report = new Enricher(settings(tmp.resolve("cache-1"), FOUR), timing, CLIENT).run(store);

        assertThat(paperMentions()).contains(
                "arxiv-only.md | 3 | paper/arxiv/2101.00001 | Sparse Widgets Learn Faster | - | 2101.00001 | - | Ada Quill; Bo Renner; Cy Tamsin | ICML | 2022",
                "doi-only.md | 3 | paper/doi/10.5555/made.up.1 | Counting Pebbles with Small Transformers | - | - | 10.5555/made.up.1 | Dara Okafor; Eli Prentiss | Journal of Imaginary Results | 2019",
                "reviewed.md | 3 | paper/openreview/FakeId123 | Reviewing Reviews of Reviews | FakeId123 | - | - | Jo Mendel; Kit Varga | ICLR 2023 poster | 2023");
        assertThat(report.failures()).isEmpty();
        assertThat(report.papers()).isEqualTo(5);
        assertThat(report.enriched()).isEqualTo(5);
        // arXiv 2, Crossref 2 + 1 retry, OpenAlex 4, DBLP 5 title searches, OpenReview 1
        assertThat(services.requests()).hasSize(15);
        assertThat(report.requests()).isEqualTo(15);
        // arXiv's two requests were spaced by its 3 s limit
        assertThat(timing.sleeps).contains(Duration.ofSeconds(3));
    }

    @Test
    void everyEnrichedStatementNamesItsSourceAndRetrievalTimeAndTheGraphValidates() throws Exception {
        new Enricher(settings(tmp.resolve("cache-2"), FOUR), new StandInServices.FakeTiming(), CLIENT).run(store);
        String q = """
                PREFIX ng: <https://w3id.org/notegraph#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?paper ?source ?url ?at ?field WHERE {
                  GRAPH <https://notegraph.example/graph/enrichment> {
                    ?paper ng:enrichedBy ?r . ?r ng:enrichmentSource ?source ; prov:wasDerivedFrom ?url ;
                       prov:generatedAtTime ?at ; ?field ?v .
                    FILTER (?field IN (dcterms:title, ng:venueName))
                  }
                  FILTER (?paper = <https://notegraph.example/paper/arxiv/2101.00001>)
                }""";
        Set<String> rows = new java.util.TreeSet<>();
        store.read(d -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> rows.add(String.join(" | ",
                        row.getResource("paper").getURI().replace("https://notegraph.example/", ""),
                        row.getLiteral("source").getLexicalForm(), row.getResource("url").getURI(),
                        row.getLiteral("at").getLexicalForm(), row.getResource("field").getURI())));
            }
            return null;
        });
        String base = services.base();
        assertThat(rows).containsExactlyInAnyOrder(
                "paper/arxiv/2101.00001 | arxiv | " + base + "/arxiv/api/query?id_list=2101.00001 | 2026-12-01T10:00:00Z | http://purl.org/dc/terms/title",
                "paper/arxiv/2101.00001 | dblp | " + base + "/dblp/search/publ/api?q=Sparse%20Widgets%20Learn%20Faster&format=json&h=10 | 2026-12-01T10:00:00Z | https://w3id.org/notegraph#venueName");
        // the contact address went to the polite pools (mailto and User-Agent), never into the graph
        StandInServices.Request crossref = services.requests().stream().filter(r -> r.route().startsWith("/crossref/")).findFirst().orElseThrow();
        assertThat(crossref.rawUri()).contains("mailto=lab%40example.org");
        assertThat(crossref.userAgent()).contains("mailto:" + CONTACT);
        boolean leaked = store.read(d -> d.getUnionGraph().find().toList().stream().anyMatch(t -> t.toString().contains(CONTACT)));
        assertThat(leaked).isFalse();

        ValidationResults results = store.read(d -> NoteValidator.defaults().validate(d.getUnionGraph()));
        assertThat(results.results()).filteredOn(r -> r.severity().equals("Violation")).isEmpty();
        assertThat(results.results()).noneMatch(r -> r.message().contains("enrichment"));
    }

    @Test
    void aSecondRunSendsNoRequest() throws Exception {
        Path cache = tmp.resolve("cache-3");
        new Enricher(settings(cache, FOUR), new StandInServices.FakeTiming(), CLIENT).run(store);
        int first = services.requests().size();
        assertThat(first).isEqualTo(15);
        Set<String> before = paperMentions();

        EnrichReport again = new Enricher(settings(cache, FOUR), new StandInServices.FakeTiming(), CLIENT).run(store);
        assertThat(services.requests()).hasSize(first);
        assertThat(again.requests()).isZero();
        assertThat(again.fromCache()).isEqualTo(again.lookups()).isEqualTo(14);   // the 15th request was the retry
        assertThat(paperMentions()).isEqualTo(before);
        // "not found" answers are kept too: OpenAlex knew neither the second arXiv paper nor the DOIs
        assertThat(cache.resolve("openalex")).isDirectoryContaining("glob:**.meta");
    }

    @Test
    void aNotesOwnTitleIsKeptAndTheDifferenceReported() throws Exception {
        EnrichReport report = new Enricher(settings(tmp.resolve("cache-4"), FOUR), new StandInServices.FakeTiming(), CLIENT).run(store);
        assertThat(report.differences()).extracting(Difference::format).contains(
                "difference\tpaper/arxiv/2101.00002\ttitle\tnotes: My Own Title For It\tarxiv: A Rather Different Title");
        assertThat(paperMentions()).contains(
                "own-title.md | 3 | paper/arxiv/2101.00002 | My Own Title For It | - | 2101.00002 | - | Gil Hart | Made-Up Letters 3 (2021) 1-9 | 2021");
        // the paper's own title in the entities graph is untouched, the source's sits on its record
        org.apache.jena.graph.Node paper = org.apache.jena.graph.NodeFactory.createURI("https://notegraph.example/paper/arxiv/2101.00002");
        org.apache.jena.graph.Node title = org.apache.jena.vocabulary.DCTerms.title.asNode();
        List<String> own = store.read(d -> d.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://notegraph.example/graph/entities"))
                .find(paper, title, org.apache.jena.graph.Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
        assertThat(own).containsExactly("My Own Title For It");
        List<String> source = store.read(d -> d.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://notegraph.example/graph/enrichment"))
                .find(org.apache.jena.graph.NodeFactory.createURI(paper.getURI() + "/enriched/arxiv"), title, org.apache.jena.graph.Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
        assertThat(source).containsExactly("A Rather Different Title");
    }

    @Test
    void a429IsTriedAgainAfterItsRetryAfter() throws Exception {
        StandInServices.FakeTiming timing = new StandInServices.FakeTiming();
        EnrichReport report = new Enricher(settings(tmp.resolve("cache-5"), List.of("crossref")), timing, CLIENT).run(store);
        assertThat(services.count("/crossref/works/10.5555/busy.2")).isEqualTo(2);
        assertThat(timing.sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(report.failures()).isEmpty();
        assertThat(paperMentions()).anyMatch(r -> r.startsWith("busy.md | 3 | paper/doi/10.5555/busy.2 | Patience Is Rewarded |")
                && r.endsWith("| Ivo Lang | Proceedings of the Made-Up Workshop | 2020"));
    }
}
