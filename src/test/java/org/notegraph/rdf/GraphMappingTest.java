package org.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.notegraph.testing.Fixtures.arxiv;
import static org.notegraph.testing.Fixtures.mention;
import static org.notegraph.testing.Fixtures.note;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.NoteExtractor;
import org.notegraph.extract.papers.PaperIds;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.SourceSpan;
import org.notegraph.identity.IdentityResolver;
import org.notegraph.identity.IriMinter;
import org.notegraph.identity.Resolution;
import org.notegraph.identity.ResolvedNote;
import org.notegraph.identity.ResolvedSemantics;
import org.notegraph.model.Relation;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.ParsedNote;
import org.notegraph.testing.Fixtures;

/** Properties every mapped graph has: IRIs only, valid IRIs, position selectors that select the quote in the note, note graphs local to their note. */
class GraphMappingTest {
    private static List<ExtractedNote> all;
    private static Resolution resolution;

    @BeforeAll
    static void resolveEverything() {
        all = new ArrayList<>(Fixtures.extractFolder(Fixtures.EXAMPLES));
        all.addAll(Fixtures.extractFolder(Fixtures.NOTES).stream().map(n -> rename(n, "fixtures/" + n.path())).toList());
        resolution = new IdentityResolver(new IriMinter(null)).resolve(all);
    }

    private static ExtractedNote rename(ExtractedNote n, String path) {
        return new ExtractedNote(path, n.sha256(), n.title(), n.date(), n.tags(), n.lineCount(), n.papers());
    }

    private static List<Graph> allGraphs() {
        List<Graph> graphs = new ArrayList<>();
        for (ResolvedNote n : resolution.notes()) graphs.add(NoteGraphMapper.map(n));
        graphs.add(EntityGraphMapper.map(resolution));
        return graphs;
    }

    @Test
    void noBlankNodesInAnyNoteOrEntitiesGraph() {
        long triples = 0;
        for (Graph g : allGraphs()) {
            for (Triple t : g.find().toList()) {
                assertThat(t.getSubject().isBlank() || t.getPredicate().isBlank() || t.getObject().isBlank())
                        .as("blank node in %s", t).isFalse();
                triples++;
            }
        }
        assertThat(triples).isGreaterThan(3000);
    }

    @Test
    void everyIriInTheGraphsIsAValidAbsoluteIri() {
        for (Graph g : allGraphs()) {
            g.find().forEachRemaining(t -> {
                for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                    if (n.isURI()) assertValid(n.getURI());
                }
            });
        }
    }

    private static void assertValid(String iri) {
        IRIx x = IRIx.create(iri);
        assertThat(x.hasViolations()).as("violations in <%s>", iri).isFalse();
        assertThat(x.isRelative()).as("<%s> is relative", iri).isFalse();
    }

    @Test
    void noteGraphDependsOnlyOnItsOwnNote() {
        IdentityResolver resolver = new IdentityResolver(new IriMinter(null));
        for (ExtractedNote n : all) {
            ResolvedNote alone = resolver.resolve(List.of(n)).notes().get(0);
            ResolvedNote together = resolution.notes().stream().filter(r -> r.note().path().equals(n.path())).findFirst().orElseThrow();
            Graph a = NoteGraphMapper.map(alone);
            Graph b = NoteGraphMapper.map(together);
            assertThat(a.isIsomorphicWith(b)).as("note graph of %s changes with the other notes", n.path()).isTrue();
        }
    }

    @Test
    void targetFragmentsGiveTheNoteTextOfTheMention() {
        NoteParser parser = new NoteParser();
        NoteExtractor extractor = NoteExtractor.defaults();
        int checked = 0;
        for (String rel : List.of("reading-group-2024-spring.md", "iclr2020-virtual.md", "awesome-generalization.markdown", "nas-notes.md")) {
            Diagnostics d = new Diagnostics();
            ParsedNote parsed = parser.read(new NoteFile(Fixtures.EXAMPLES.resolve(rel), rel), d).orElseThrow();
            ResolvedNote rn = new IdentityResolver(new IriMinter(null)).resolve(List.of(extractor.extract(parsed, d))).notes().get(0);
            Graph g = NoteGraphMapper.map(rn);
            for (var rm : rn.mentions()) {
                List<Triple> targets = g.find(NodeFactory.createURI(rm.iri()), Vocab.OA.hasTarget, Node.ANY).toList();
                assertThat(targets).as("targets of %s", rm.iri()).hasSize(1);
                String target = targets.get(0).getObject().getURI();
                assertThat(target).as("%s", rm.iri()).startsWith(rn.iri() + "#char=");
                String[] range = target.substring(target.indexOf("#char=") + 6).split(",");
                int start = Integer.parseInt(range[0]);
                int end = Integer.parseInt(range[1]);
                assertThat(g.contains(targets.get(0).getObject(), Node.ANY, Node.ANY)).as("%s needs no target node", rm.iri()).isFalse();
                assertThat(parsed.text().substring(start, end)).as("%s %s", rel, rm.iri()).isEqualTo(rm.mention().quote());
                assertThat(g.contains(NodeFactory.createURI(rm.iri() + "/quote"), Node.ANY, Node.ANY))
                        .as("%s writes a quote selector, which the note's text at the position already gives", rm.iri()).isFalse();
                int line = intValue(g, NodeFactory.createURI(rm.iri()), NG.line);
                assertThat(parsed.lines().lineOf(start)).as("line of %s", rm.iri()).isEqualTo(line);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void aBaseEndingInAHashGivesTheTargetAsTheNoteAndAPositionSelector() {
        PaperMention m = withLinks("https://arxiv.org/abs/1706.03762", List.of(), List.of());
        Resolution r = new IdentityResolver(new IriMinter("https://lab.example/kg#")).resolve(List.of(note("hash.md", m)));
        ResolvedNote rn = r.notes().get(0);
        Graph g = NoteGraphMapper.map(rn);
        Node s = NodeFactory.createURI(rn.mentions().get(0).iri());
        Node target = g.find(s, Vocab.OA.hasTarget, Node.ANY).next().getObject();
        assertThat(target.getURI()).doesNotContain("#char=");
        assertThat(g.contains(target, Vocab.OA.hasSource, NodeFactory.createURI(rn.iri()))).isTrue();
        Node position = g.find(target, Vocab.OA.hasSelector, Node.ANY).next().getObject();
        assertThat(intValue(g, position, Vocab.OA.start)).isZero();
        assertThat(intValue(g, position, Vocab.OA.end)).isEqualTo(10);
    }

    @Test
    void aConceptMentionIsOneCompactNodePerConceptAndRecord() {
        int checked = 0;
        int grouped = 0;
        for (ResolvedNote n : resolution.notes()) {
            Graph g = NoteGraphMapper.map(n);
            Map<String, List<ResolvedSemantics.Concepts>> byIri = new HashMap<>();
            for (var c : n.semantics().concepts()) byIri.computeIfAbsent(c.iri(), k -> new ArrayList<>()).add(c);
            Map<String, String> iriOfRecord = new HashMap<>();
            for (var c : n.semantics().concepts()) {
                String record = c.paperMentionIri() + " " + c.conceptIri();
                assertThat(iriOfRecord.computeIfAbsent(record, k -> c.iri()))
                        .as("one node for %s in one record", c.conceptIri()).isEqualTo(c.iri());
            }
            for (var group : byIri.values()) {
                var first = group.get(0);
                Node s = NodeFactory.createURI(first.iri());
                List<Triple> facts = g.find(s, Node.ANY, Node.ANY).toList();
                assertThat(facts).as("%s", s).extracting(Triple::getPredicate)
                        .contains(RDF.type.asNode(), Vocab.OA.hasBody, NG.inNote, NG.line)
                        .doesNotContain(NG.rule, Vocab.OA.hasTarget, NG.endLine);
                assertThat(g.find(s, RDF.type.asNode(), Node.ANY).toList()).as("%s typed once", s).hasSize(1);
                assertThat(g.find(s, Vocab.OA.hasBody, Node.ANY).toList()).hasSize(1);
                List<Integer> lines = g.find(s, NG.line, Node.ANY).mapWith(t -> Integer.parseInt(t.getObject().getLiteralLexicalForm())).toList();
                assertThat(lines).as("lines of %s", s)
                        .containsExactlyInAnyOrderElementsOf(group.stream().map(c -> c.mention().span().line()).distinct().toList());
                if (group.size() > 1) {
                    assertThat(intValue(g, s, NG.occurrences)).as("occurrences of %s", s).isEqualTo(group.size());
                    grouped++;
                } else {
                    assertThat(g.contains(s, NG.occurrences, Node.ANY)).as("%s named once says nothing of it", s).isFalse();
                }
                List<String> differing = group.stream().map(c -> c.mention().written())
                        .filter(w -> !w.equals(first.mention().concept().prefLabel())).distinct().toList();
                assertThat(g.find(s, NG.textAsWritten, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                        .as("%s written as", s).containsExactlyInAnyOrderElementsOf(differing);
                assertThat(g.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(t -> t.getSubject().isURI()
                        && t.getSubject().getURI().startsWith(first.iri() + "/")).hasNext()).as("selector nodes of %s", s).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(grouped).as("concepts named more than once in one record").isGreaterThan(5);
    }

    private static int intValue(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        assertThat(it.hasNext()).as("%s %s", s, p).isTrue();
        return Integer.parseInt(it.next().getObject().getLiteralLexicalForm());
    }

    @Test
    void everyMentionHasExactlyOnePaperAndMentionCountsMatch() {
        Graph e = EntityGraphMapper.map(resolution);
        Map<Node, Integer> links = new HashMap<>();
        int mentions = 0;
        for (ResolvedNote n : resolution.notes()) {
            for (var rm : n.mentions()) {
                List<Triple> bodies = e.find(NodeFactory.createURI(rm.iri()), Vocab.OA.hasBody, Node.ANY).toList();
                assertThat(bodies).as("oa:hasBody of %s", rm.iri()).hasSize(1);
                links.merge(bodies.get(0).getObject(), 1, Integer::sum);
                mentions++;
            }
        }
        assertThat(mentions).isEqualTo(resolution.mentionCount());
        List<Node> papers = e.find(Node.ANY, RDF.type.asNode(), NG.Paper).mapWith(Triple::getSubject).toList();
        assertThat(papers).hasSize(resolution.papers().size());
        for (Node p : papers) {
            assertThat(intValue(e, p, NG.mentionCount)).as("mention count of %s", p).isEqualTo(links.get(p));
            assertThat(e.find(p, DCTerms.title.asNode(), Node.ANY).toList()).as("titles of %s", p).hasSizeLessThanOrEqualTo(1);
        }
    }

    // ---------------------------------------------------------------- hostile URLs

    private static PaperMention withLinks(String url, List<String> code, List<String> data) {
        return new PaperMention(new SourceSpan(0, 10, 3, 3), 1, "list-item-link", "A Paper About Hostile Links", "A Paper About Hostile Links",
                url, "[A Paper About Hostile Links](x)", arxiv("1706.03762"), List.of(), null, null, null, null, null, code, data);
    }

    private static Graph mapOne(PaperMention m) {
        Resolution r = new IdentityResolver(new IriMinter(null)).resolve(List.of(note("hostile.md", m)));
        Graph g = GraphFactory.createGraphMem();
        NoteGraphMapper.map(r.notes().get(0)).find().forEachRemaining(g::add);
        EntityGraphMapper.map(r).find().forEachRemaining(g::add);
        return g;
    }

    private static List<String> objects(Graph g, Node p) {
        return g.find(Node.ANY, p, Node.ANY).mapWith(t -> t.getObject().getURI()).toList();
    }

    @Test
    void urlsWithCharactersIrisForbidArePercentEncoded() {
        Graph g = mapOne(withLinks("https://example.org/paper one<draft>{v2}|x^y`z\"q\\w.pdf",
                List.of("https://github.com/some one/Über-repo"), List.of("https://data.example.org/set?q=a b")));

        assertThat(objects(g, NG.url)).containsExactly("https://example.org/paper%20one%3Cdraft%3E%7Bv2%7D%7Cx%5Ey%60z%22q%5Cw.pdf");
        assertThat(objects(g, NG.codeLink)).containsOnly("https://github.com/some%20one/%C3%9Cber-repo");
        assertThat(objects(g, NG.datasetLink)).containsOnly("https://data.example.org/set?q=a%20b");
        assertRoundTrips(g);
    }

    @Test
    void urlsThatCannotBeMadeValidIrisAreDroppedWithoutFailing() {
        List<String> bad = List.of("http://[::1/unclosed", "https://example.org/100%zz", "not a url at all", "mailto");
        for (String url : bad) {
            Graph g = assertDoesNotThrow(() -> mapOne(withLinks(url, List.of(url), List.of(url))));
            assertThat(objects(g, NG.url)).as(url).isEmpty();
            assertThat(objects(g, NG.codeLink)).as(url).isEmpty();
            assertThat(objects(g, NG.datasetLink)).as(url).isEmpty();
            // the mention itself is still there, with its identifier
            assertThat(g.find(Node.ANY, NG.arxivId, Node.ANY).toList()).isNotEmpty();
            assertRoundTrips(g);
        }
    }

    private static Graph assertDoesNotThrow(java.util.concurrent.Callable<Graph> c) {
        Graph[] out = new Graph[1];
        assertThatCode(() -> out[0] = c.call()).doesNotThrowAnyException();
        return out[0];
    }

    @Test
    void hostileUrlInANoteGoesThroughTheWholePipeline() {
        ExtractedNote n = Fixtures.extractText("weird links.md", """
                # Weird links

                - [A Study of Hostile Links in Research Notes](https://example.org/my{paper}|1^`x.pdf)
                - [Attention Is All You Need](https://arxiv.org/abs/1706.03762) [code](https://github.com/a{b}/c|d)
                - [Über die Vollständigkeit der Notizen im Archiv](https://de.example.org/Über/Ärger.pdf)
                """);
        Resolution r = new IdentityResolver(new IriMinter(null)).resolve(List.of(n));
        Graph g = GraphFactory.createGraphMem();
        NoteGraphMapper.map(r.notes().get(0)).find().forEachRemaining(g::add);
        EntityGraphMapper.map(r).find().forEachRemaining(g::add);

        assertThat(objects(g, NG.url)).contains("https://example.org/my%7Bpaper%7D%7C1%5E%60x.pdf",
                "https://de.example.org/%C3%9Cber/%C3%84rger.pdf");
        assertThat(objects(g, NG.codeLink)).contains("https://github.com/a%7Bb%7D/c%7Cd");
        g.find().forEachRemaining(t -> { if (t.getObject().isURI()) assertValid(t.getObject().getURI()); });
        assertRoundTrips(g);
    }

    /** Writes N-Triples and Turtle and parses them back strictly: the same graph. */
    private static void assertRoundTrips(Graph g) {
        for (Lang lang : List.of(Lang.NTRIPLES, Lang.TURTLE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, g, lang);
            Graph back = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).strict(true).toGraph();
            assertThat(back.isIsomorphicWith(g)).as("%s round trip", lang).isTrue();
        }
    }

    @Test
    void mentionWithoutTitleOrLinksStillMapsWithoutBlankNodes() {
        PaperMention m = mention(4, null, PaperIds.NONE, null);
        Graph g = mapOne(m);
        assertThat(g.find().toList()).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        assertThat(g.find(Node.ANY, RDF.type.asNode(), NG.Paper).toList()).hasSize(1);
        assertThat(g.find(Node.ANY, DCTerms.title.asNode(), Node.ANY).toList()).isEmpty();
        assertThat(g.find(Node.ANY, NG.url, Node.ANY).toList()).isEmpty();
    }

    @Test
    void aWorkCitedByALinkWithoutATargetIsACitedWorkNodeUnlessAPaperHasItsTitle() {
        String digest = """
                - Sketching by Prior Ascent. [[paper]](https://arxiv.org/abs/2003.00039)
                  - Digest: Recently, [Drawing by Gradient Ascent]() showed a way to draw images by gradient ascent. In this paper we extend this method with a prior on the code.
                """;
        Resolution alone = new IdentityResolver(new IriMinter(null)).resolve(List.of(Fixtures.extractText("digest.md", digest)));
        Graph e = EntityGraphMapper.map(alone);
        List<Node> cited = e.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), NG.CitedWork).mapWith(t -> t.getSubject()).toList();
        assertThat(cited).singleElement().satisfies(c -> {
            assertThat(c.getURI()).endsWith("/note/digest.md/cited/drawing-by-gradient-ascent");
            assertThat(e.find(c, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                    .isEqualTo("Drawing by Gradient Ascent");
            assertThat(e.contains(Node.ANY, NG.relation(Relation.EXTENDS), c)).as("something extends the cited work").isTrue();
        });

        String named = "- [Drawing by Gradient Ascent](https://arxiv.org/abs/1611.00040) draws images from a classifier\n";
        Resolution both = new IdentityResolver(new IriMinter(null)).resolve(List.of(Fixtures.extractText("digest.md", digest),
                Fixtures.extractText("titles.md", named)));
        Graph e2 = EntityGraphMapper.map(both);
        assertThat(e2.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), NG.CitedWork).toList())
                .as("a paper titled like the citation takes its place").isEmpty();
    }
}
