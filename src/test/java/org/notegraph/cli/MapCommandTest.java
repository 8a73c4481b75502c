package org.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.testing.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code notegraph map} over the map vault: words resolve by label, the SVG parses as XML (an SVG
 * root, no script) and lists exactly the nodes and edges the JSON of the same subgraph lists, DOT
 * and GraphML hold the same, {@code --relations} keeps only the kinds asked for, mistakes are usage
 * errors.
 */
class MapCommandTest {
    static final String SPARSE_GATES = "https://notegraph.example/paper/arxiv/2311.00101";
    @TempDir static Path tmp;
    static String db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db").toString();
        Fixtures.build(tmp.resolve("db"), Path.of("src/test/resources/map-vault"));
    }

    private static JsonObject json(String... args) throws Exception {
        Path out = tmp.resolve("map-" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of("map"));
        all.addAll(List.of(args));
        all.addAll(List.of("--db", db, "--format", "json", "-o", out.toString()));
        CliRunner.Run r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        return JSON.parse(Files.readString(out));
    }

    private static Set<String> ids(JsonObject json, String what) {
        Set<String> out = new TreeSet<>();
        for (JsonValue v : json.get(what).getAsArray()) out.add(v.getAsObject().getString("id"));
        return out;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void wordsResolveByLabelAndTheSvgListsTheNodesTheJsonLists() throws Exception {
        JsonObject json = json("sparse", "gates", "for", "tiny", "routers", "--depth", "2");
        assertThat(json.getString("focus")).isEqualTo(SPARSE_GATES);
        Path svg = tmp.resolve("map.svg");
        CliRunner.Run r = CliRunner.run("map", "Sparse Gates for Tiny Routers", "--depth", "2", "--db", db, "--format", "svg", "-o", svg.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.err()).contains("map around " + SPARSE_GATES, "nodes", "edges");
        Document doc = xml(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        Set<String> svgNodes = new TreeSet<>();
        List<String> svgEdges = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String cls = g.getAttribute("class");
            if (cls.equals("node") || cls.equals("node ghost")) svgNodes.add(g.getAttribute("data-id"));
            if (cls.equals("edge")) svgEdges.add(g.getAttribute("data-relation"));
        }
        assertThat(svgNodes).isEqualTo(ids(json, "nodes")).contains(SPARSE_GATES, "https://notegraph.example/paper/arxiv/2310.00202");
        assertThat(svgEdges).hasSize(json.get("edges").getAsArray().size()).contains("extends");
        // drawn labelled: each node's label (cut to fit) is a text of the drawing
        assertThat(root.getTextContent()).contains("Sparse Gates for Tiny Routers", "Quiet Attention Heads", "extends");
        // the same subgraph twice gives the same bytes (the layout has no randomness)
        Path again = tmp.resolve("again.svg");
        CliRunner.run("map", SPARSE_GATES, "--depth", "2", "--db", db, "--format", "svg", "-o", again.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(svg));
    }

    @Test
    void graphmlAndDotHoldTheSameSubgraph() throws Exception {
        JsonObject json = json(SPARSE_GATES, "--depth", "2");
        Path graphml = tmp.resolve("map.graphml");
        assertThat(CliRunner.run("map", SPARSE_GATES, "--db", db, "--format", "graphml", "-o", graphml.toString()).code()).isEqualTo(0);
        Document doc = xml(graphml);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        Set<String> nodes = new TreeSet<>();
        NodeList ns = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < ns.getLength(); i++) nodes.add(((Element) ns.item(i)).getAttribute("id"));
        assertThat(nodes).isEqualTo(ids(json, "nodes"));
        assertThat(doc.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(json.get("edges").getAsArray().size());

        CliRunner.Run dot = CliRunner.run("map", SPARSE_GATES, "--db", db, "--format", "dot");
        assertThat(dot.code()).isEqualTo(0);
        org.notegraph.map.DotReader.Graph g = org.notegraph.map.DotReader.read(dot.out());
        assertThat(new TreeSet<>(g.nodes().keySet())).isEqualTo(ids(json, "nodes"));
        assertThat(g.edges()).hasSize(json.get("edges").getAsArray().size());
    }

    @Test
    void relationsKeepOnlyTheKindsAskedFor() throws Exception {
        JsonObject only = json(SPARSE_GATES, "--relations", "extends,proposes", "--depth", "3");
        assertThat(only.get("edges").getAsArray()).isNotEmpty()
                .allMatch(e -> Set.of("extends", "proposes").contains(e.getAsObject().getString("relation")));
        JsonObject whole = json("--max-nodes", "4");
        assertThat(whole.get("focus").isNull()).isTrue();
        assertThat(whole.get("nodes").getAsArray()).hasSize(4);
        assertThat(whole.get("truncated").getAsBoolean().value()).isTrue();
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThat(CliRunner.run("map", "no such words anywhere", "--db", db).code()).isEqualTo(ExitCodes.USAGE);
        CliRunner.Run format = CliRunner.run("map", SPARSE_GATES, "--db", db, "--format", "png");
        assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("svg, dot, graphml, json");
        CliRunner.Run rel = CliRunner.run("map", SPARSE_GATES, "--db", db, "--relations", "cites");
        assertThat(rel.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(rel.err()).contains("unknown relation 'cites'", "extends");
        assertThat(CliRunner.run("map", SPARSE_GATES, "--db", db, "--depth", "9").code()).isEqualTo(ExitCodes.USAGE);
    }
}
