package org.notegraph.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The map's writers with note text at its worst: quotes, backslashes, markup, ampersands, line
 * ends, control characters and characters outside the BMP in labels, quotes and ids. SVG and
 * GraphML parse with the JDK's XML parser and give the text back (control characters as spaces),
 * DOT reads back with {@link DotReader}, JSON with Jena's parser, each with every node and edge.
 */
class MapFormatsTest {
    static final String NASTY = "He said \"hi\" \\ back\\slash <script>alert(1)</script> & more\nsecond line \u0001 end 🙂 'x'";
    static final String CLEAN = NASTY.replace('\u0001', ' ');
    static final String A = "https://notegraph.example/paper/arxiv/2401.00001";
    static final String B = "unresolved:a \"quoted\" <target> & \\ more";

    static Subgraph nasty() {
        List<MapNode> nodes = List.of(new MapNode(A, NASTY, "paper", false, 0, null, List.of()),
                new MapNode(B, "a \"quoted\" <target>", "unresolved", true, 1, null, List.of()),
                new MapNode("https://notegraph.example/note/x%22y.md", "x\"y.md", "note", false, -1, "x\"y.md", List.of("a/b")));
        List<MapEdge> edges = List.of(
                new MapEdge("e1", "https://notegraph.example/note/x%22y.md/relation/3-1", A, B, "extends", NASTY,
                        "https://notegraph.example/note/x%22y.md", "x\"y.md", 3, 4, 0.7, "extends-builds-on"),
                new MapEdge("e2", "https://notegraph.example/note/x%22y.md/relation/5-1", A, B, "disputes", null,
                        "https://notegraph.example/note/x%22y.md", "x\"y.md", 5, 5, null, null),
                new MapEdge("e3", "https://notegraph.example/note/x%22y.md/mention/5-1", "https://notegraph.example/note/x%22y.md", A,
                        "mentions", "a <b>title</b>", "https://notegraph.example/note/x%22y.md", "x\"y.md", 5, 5, null, "url"));
        return new Subgraph(A, 1, nodes, edges, false, Map.of("https://notegraph.example/note/x%22y.md", List.of("a/b")));
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void svgParsesAndKeepsTheTextAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapSvg.write(nasty(), out);
        Document doc = xml(out.toByteArray());
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        NodeList groups = doc.getElementsByTagNameNS(MapSvg.SVG, "g");
        List<String> ids = new java.util.ArrayList<>();
        String ghostTitle = null;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").matches("node( ghost)?")) ids.add(g.getAttribute("data-id"));
            if (g.getAttribute("class").equals("node ghost")) ghostTitle = g.getElementsByTagNameNS(MapSvg.SVG, "title").item(0).getTextContent();
        }
        assertThat(ids).containsExactly(A, B, "https://notegraph.example/note/x%22y.md");
        assertThat(ghostTitle).contains("a \"quoted\" <target>", "ghost");
        assertThat(doc.getDocumentElement().getTextContent()).contains("He said \"hi\" \\ back\\slash <script>alert(1)</script> & more");
    }

    @Test
    void graphmlParsesWithEveryValueBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapGraphml.write(nasty(), out);
        Document doc = xml(out.toByteArray());
        Element first = (Element) doc.getElementsByTagNameNS(MapGraphml.NS, "node").item(0);
        assertThat(first.getAttribute("id")).isEqualTo(A);
        assertThat(data(first, "label")).isEqualTo(CLEAN);
        Element ghost = (Element) doc.getElementsByTagNameNS(MapGraphml.NS, "node").item(1);
        assertThat(ghost.getAttribute("id")).isEqualTo(B);
        assertThat(data(ghost, "ghost")).isEqualTo("true");
        NodeList edges = doc.getElementsByTagNameNS(MapGraphml.NS, "edge");
        assertThat(edges.getLength()).isEqualTo(3);
        Element e1 = (Element) edges.item(0);
        assertThat(e1.getAttribute("target")).isEqualTo(B);
        assertThat(data(e1, "quote")).isEqualTo(CLEAN);
        assertThat(data(e1, "confidence")).isEqualTo("0.7");
        assertThat(doc.getElementsByTagNameNS(MapGraphml.NS, "key").getLength()).isEqualTo(12);
    }

    private static String data(Element e, String key) {
        NodeList d = e.getElementsByTagNameNS(MapGraphml.NS, "data");
        for (int i = 0; i < d.getLength(); i++) {
            Element x = (Element) d.item(i);
            if (x.getAttribute("key").equals(key)) return x.getTextContent();
        }
        return null;
    }

    @Test
    void dotReadsBackWithIdsAndTooltipsEscaped() {
        StringWriter w = new StringWriter();
        MapDot.write(nasty(), w);
        DotReader.Graph g = DotReader.read(w.toString());
        assertThat(g.nodes().keySet()).containsExactly(A, B, "https://notegraph.example/note/x%22y.md");
        assertThat(g.nodes().get(A).get("tooltip")).isEqualTo(CLEAN);
        assertThat(g.nodes().get(B).get("ghost")).isEqualTo("true");
        assertThat(g.edges()).hasSize(3);
        assertThat(g.edges().get(0).target()).isEqualTo(B);
        assertThat(g.edges().get(0).attrs()).containsEntry("relation", "extends").containsEntry("confidence", "0.7")
                .containsEntry("tooltip", "x\"y.md:3-4: " + CLEAN);
        assertThat(MapDot.quote("a\"b\\c\r\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    }

    @Test
    void jsonCarriesTheTextUnchangedAndTheLegend() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapJson.write(nasty(), null, out);
        JsonObject json = JSON.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("nodes").getAsArray().get(0).getAsObject().getString("label")).isEqualTo(NASTY);
        assertThat(json.get("edges").getAsArray().get(0).getAsObject().getString("where")).isEqualTo("x\"y.md:3-4");
        assertThat(json.get("edges").getAsArray().get(0).getAsObject().get("tags").getAsArray().get(0).getAsString().value()).isEqualTo("a/b");
        assertThat(json.get("edges").getAsArray().get(1).getAsObject().get("confidence").isNull()).isTrue();
        assertThat(json.get("relations").getAsArray().stream().map(v -> v.getAsObject().getString("name")).toList())
                .containsExactly("extends", "disputes", "mentions");
        assertThat(json.get("tags").getAsArray()).hasSize(1);
    }
}
