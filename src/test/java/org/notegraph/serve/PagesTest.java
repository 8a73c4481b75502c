package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notegraph pages over HTTP: home, resource pages (HTML and RDF), search, escaping. */
class PagesTest {
    @RegisterExtension static final ServedStore served = new ServedStore();
    static String url;

    static final String XSS_NOTE = TestStores.BASE + "note/xss-probe.md";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @BeforeAll
    static void url() {
        url = served.url();
    }

    static Http.Response page(String iri) {
        return Http.get(url + "page?iri=" + Http.enc(iri)).accept(BROWSER).send();
    }

    @Test
    void baseIsReadFromTheStore() {
        assertThat(served.server().base()).isEqualTo(TestStores.BASE);
    }

    @Test
    void homeHasCountsTopPapersAndAuthorsSearchAndQueryEditorLinks() {
        Http.Response home = Http.get(url + "home").accept(BROWSER).send();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        assertThat(home.body()).contains("Most-mentioned papers", "Most-mentioned authors", "43", "papers", "notes", "mentions")
                .contains("Deep Double Descent").contains("href=\"/paper/")
                .contains("href=\"/person/")
                .contains("action=\"/search\"")
                .contains("href=\"/#/dataset/kg/query?query=")
                .contains("paper-mentions", "search");
    }

    @Test
    void resourcePageShowsLabelTypesPropertiesMentionsAndIncomingLinks() {
        Http.Response r = page(TestStores.ATTENTION);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Attention Is All You Need</h1>")
                .contains("fabio:ResearchPaper", "dcterms:title", "ng:arxivId", "1706.03762")
                .contains("reading-group-2024-spring.md:17")
                .contains("We began with the transformer")
                .contains("oa:hasBody")
                .contains("href=\"/note/reading-group-2024-spring.md\"");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void iriUnderTheBaseResolvesByPath() {
        Http.Response byPath = Http.get(url + "paper/arxiv/1706.03762").accept(BROWSER).send();
        assertThat(byPath.status()).isEqualTo(200);
        assertThat(byPath.body()).isEqualTo(page(TestStores.ATTENTION).body());
        assertThat(Http.get(url + "note/reading-group-2024-spring.md").accept(BROWSER).send().body())
                .contains("Reading group: spring 2024");
        assertThat(Http.get(url + "paper/arxiv/0000.00000").accept(BROWSER).send().status()).isEqualTo(404);
    }

    @Test
    void rdfByContentNegotiationOrFormatParameter() {
        Http.Response ttl = Http.get(url + "paper/arxiv/1706.03762").accept("text/turtle").send();
        assertThat(ttl.status()).isEqualTo(200);
        assertThat(ttl.header("Content-Type")).startsWith("text/turtle");
        Graph g = ServedStore.parse(ttl.body(), Lang.TURTLE);
        assertThat(g.contains(NodeFactory.createURI(TestStores.ATTENTION), DCTerms.title.asNode(),
                NodeFactory.createLiteralString("Attention Is All You Need"))).isTrue();

        Http.Response jsonld = Http.get(url + "page?iri=" + Http.enc(TestStores.ATTENTION)).accept("application/ld+json").send();
        assertThat(jsonld.header("Content-Type")).startsWith("application/ld+json");
        assertThat(ServedStore.parse(jsonld.body(), Lang.JSONLD).size()).isEqualTo(g.size());

        Http.Response nt = Http.get(url + "page?iri=" + Http.enc(TestStores.ATTENTION) + "&format=nt").accept(BROWSER).send();
        assertThat(nt.header("Content-Type")).startsWith("application/n-triples");
        assertThat(ServedStore.parse(nt.body(), Lang.NTRIPLES).isIsomorphicWith(g)).isTrue();

        Http.Response html = Http.get(url + "paper/arxiv/1706.03762?format=html").accept("text/turtle").send();
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(Http.get(url + "paper/arxiv/1706.03762?format=rdfxml").send().status()).isEqualTo(400);
    }

    @Test
    void badOrUnknownIrisAreClientErrors() {
        assertThat(page("not an iri").status()).isEqualTo(400);
        assertThat(page("https://elsewhere.example/unknown").status()).isEqualTo(404);
        assertThat(Http.get(url + "page").send().status()).isEqualTo(302);
    }

    @Test
    void externalResourcesGetAPageAndTheirOwnAddress() {
        Http.Response r = page("https://arxiv.org/abs/1706.03762v5");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("ng:url").contains("href=\"https://arxiv.org/abs/1706.03762v5\"");
    }

    @Test
    void searchUsesTheTextIndex() {
        Http.Response r = Http.get(url + "search?q=attention").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/paper/arxiv/1706.03762\"").contains("reading-group-2024-spring.md:17")
                .contains("PaperMention");
        assertThat(Http.get(url + "search?q=" + Http.enc("\"double descent\"")).send().body()).contains("Deep Double Descent");
        assertThat(Http.get(url + "search?q=zzyzx").send().body()).contains("Nothing matches");
        Http.Response bad = Http.get(url + "search?q=" + Http.enc("title:(unclosed")).send();
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("could not be read as a search");
    }

    @Test
    void searchWordsAreEscapedWhereTheyAreShown() {
        Http.Response r = Http.get(url + "search?q=" + Http.enc("\"><script>window.__xss=1</script>")).send();
        assertThat(r.body()).doesNotContain("<script>window.__xss").contains("&lt;script&gt;");
    }

    @Test
    void noteTextWithHtmlIsShownAsText() {
        Http.Response note = page(XSS_NOTE);
        assertThat(note.status()).isEqualTo(200);
        Http.Response mention = page(XSS_NOTE + "/mention/10-1");
        for (Http.Response r : new Http.Response[] {note, mention}) {
            assertThat(r.body()).doesNotContain("<script>window").doesNotContain("<img src").doesNotContain("<b>Mallory")
                    .doesNotContain("<a href=\"javascript:")
                    .contains("&lt;script&gt;window.__xss=");
        }
        assertThat(mention.body()).contains("&lt;img src=\"x\" onerror=\"window.__xss='img'\"&gt;").contains("&lt;b&gt;Mallory&lt;/b&gt;");
    }

    @Test
    void fusekiUiStartPageLinksToTheHomePage() {
        assertThat(Http.get(url).send().body()).contains("id=\"notegraph-home\" href=\"home\"");
    }
}
