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
        assertThat(home.body()).contains("Most-mentioned papers", "Most-mentioned authors", "<span class=\"n\">46</span>papers", "notes", "mentions")
                .contains("Deep Double Descent").contains("href=\"/paper/")
                .contains("href=\"/person/")
                .contains("action=\"/search\"")
                .contains("href=\"/#/dataset/kg/query?query=")
                .contains("paper-mentions", "search");
    }

    @Test
    void gapsPageListsEachGapWithALinkToItsNoteLine() {
        Http.Response gaps = Http.get(url + "gaps").accept(BROWSER).send();
        assertThat(gaps.status()).isEqualTo(200);
        assertThat(gaps.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(gaps.body()).contains("<h1>Gaps</h1>", "id=\"dangling-link\"", "id=\"paper-missing-fields\"")
                .contains("<a href=\"/note/vault/Isolation%20Forest.md\">vault/Isolation Forest.md:16</a>")
                .contains("LOF: Identifying Density-Based Local Outliers")
                .contains("href=\"/#/dataset/kg/query?query=");
        assertThat(Http.get(url + "home").accept(BROWSER).send().body()).contains("href=\"/gaps\"");
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
    void conceptPageShowsItsRelationsBothWaysWithEvidence() {
        String ridge = page(TestStores.RIDGE_MIXER).body();
        assertThat(group(ridge, "extends →")).contains(link(TestStores.TRANSFORMER, "Transformer"))
                .contains("The authors propose RidgeMixer, which is an extension of the Transformer with banded token mixing.")
                .contains(">relation-probe.md:8</a>", "confidence 0.8", "<code>extends-extension-of</code>")
                .contains(link(TestStores.RIDGE_EXTENDS, "statement"));
        assertThat(group(ridge, "← proposed by")).contains(link(TestStores.RIDGE_PAPER, "Ridge Mixers for Long Inputs"))
                .contains("<code>propose-named</code>");
        assertThat(ridge.indexOf("← proposed by")).as("groups in the order of the relation names").isLessThan(ridge.indexOf("extends →"));

        String transformer = page(TestStores.TRANSFORMER).body();
        String extendedBy = group(transformer, "← extended by");
        assertThat(extendedBy).contains(link(TestStores.RIDGE_MIXER, "RidgeMixer"), ">relation-probe.md:8</a>")
                .contains(link(TestStores.BASE + "concept/quietmixer", "QuietMixer"));
        assertThat(extendedBy.indexOf(">QuietMixer<")).as("rows by the other end's label").isLessThan(extendedBy.indexOf(">RidgeMixer<"));
        assertThat(transformer).doesNotContain("extends →");
        assertThat(section(transformer, "<h2>Papers whose notes name it</h2>", "</ol>"))
                .contains(link(TestStores.RIDGE_PAPER, "Ridge Mixers for Long Inputs"), link(TestStores.ATTENTION, "Attention Is All You Need"));
        assertThat(page(TestStores.RIDGE_PAPER).body()).contains("proposes →");
    }

    @Test
    void claimPageShowsTheClaimAndThePaperDisputingIt() {
        String claim = page(TestStores.DISPUTED_CLAIM).body();
        String quote = "Their counter-examples suggest that weight decay alone does not bring about grokking in small networks.";
        assertThat(section(claim, "<h2>Claim</h2>", "<h2>")).contains("stance <strong>denies</strong>")
                .contains("attributed to " + link(TestStores.DISPUTING_PAPER, "Slow Clocks in Small Networks"))
                .contains(link("https://w3id.org/notegraph/vocab/grokking", "grokking"), link("https://w3id.org/notegraph/vocab/weight-decay", "weight decay"))
                .contains(quote, ">relation-probe.md:12</a>", "<code>denies-disprove</code>");
        assertThat(group(claim, "← disputed by")).contains(link(TestStores.DISPUTING_PAPER, "Slow Clocks in Small Networks"))
                .contains(quote, ">relation-probe.md:12</a>", "confidence 0.75");
        assertThat(group(page(TestStores.DISPUTING_PAPER).body(), "disputes →"))
                .contains(link(TestStores.DISPUTED_CLAIM, "weight decay alone does bring about grokking in small networks"));
    }

    @Test
    void paperPageShowsItsEvidenceCountsEachLinkedToItsList() {
        String deepSad = TestStores.BASE + "paper/arxiv/1906.02694";
        String adam = TestStores.BASE + "paper/arxiv/1412.6980";
        String counts = section(page(deepSad).body(), "<h2>Evidence in the notes</h2>", "<h2>");
        String supports = "/evidence?iri=" + Http.enc(deepSad).replace("+", "%20") + "&amp;relation=supports&amp;direction=out";
        assertThat(counts).contains("supported by <a href=", "disputed by", "extended by", "used by")
                .contains("supports <a href=\"" + supports + "\">5</a>", "uses <a href=");
        assertThat(section(page(adam).body(), "<h2>Evidence in the notes</h2>", "<h2>")).contains("&amp;relation=uses&amp;direction=in\">1</a>");

        Http.Response usedBy = Http.get(url + "evidence?iri=" + Http.enc(adam) + "&relation=uses&direction=in").accept(BROWSER).send();
        assertThat(usedBy.status()).isEqualTo(200);
        assertThat(usedBy.body()).contains("<h1>used by: " + link(adam, "Adam: A Method for Stochastic Optimization"))
                .contains(link(deepSad, "Deep Semi-Supervised Anomaly Detection"), "<strong>uses →</strong>", ">vault/Deep SAD.md:");
        assertThat(usedBy.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page(TestStores.RIDGE_MIXER).body()).as("not a paper").doesNotContain("Evidence in the notes");
        assertThat(Http.get(url + "evidence?iri=" + Http.enc(adam) + "&relation=proposes").send().status()).isEqualTo(400);
        assertThat(Http.get(url + "evidence?iri=" + Http.enc(TestStores.RIDGE_MIXER) + "&relation=uses").send().status()).isEqualTo(404);
    }

    @Test
    void statementPageShowsItsEndsAndEvidence() {
        String statement = page(TestStores.RIDGE_EXTENDS).body();
        assertThat(section(statement, "<h2>Statement</h2>", "<h2>"))
                .contains(link(TestStores.RIDGE_MIXER, "RidgeMixer") + "\n <strong>extends →</strong> " + link(TestStores.TRANSFORMER, "Transformer"))
                .contains("The authors propose RidgeMixer", ">relation-probe.md:8</a>", "<code>extends-extension-of</code>")
                .doesNotContain(">statement</a>");
    }

    @Test
    void relationEvidenceAndClaimsWithHtmlAreShownAsText() {
        String transformer = page(TestStores.TRANSFORMER).body();
        assertThat(group(transformer, "← extended by")).doesNotContain("<img src=x")
                .contains("\\&lt;img src=x onerror=\"window.__xss='evidence'\"\\&gt;");
        String claim = page(XSS_NOTE + "/claim/14-1").body();
        assertThat(claim).doesNotContain("<script\\>window").doesNotContain("<script>window")
                .contains("\\&lt;script\\&gt;window.__xss='claim'\\&lt;/script\\&gt;");
        assertThat(group(page(TestStores.BASE + "paper/arxiv/2101.00002").body(), "supports →"))
                .doesNotContain("<script").contains("\\&lt;script\\&gt;window.__xss='claim'");
    }

    static final String DOUBLE_DESCENT = TestStores.BASE + "paper/arxiv/1912.02292";
    static final String UNTITLED = TestStores.BASE + "paper/arxiv/1406.2661";

    @Test
    void authorsAreListedInTheOrderTheNotesWroteThem() {
        String creators = section(page(DOUBLE_DESCENT).body(), ">dcterms:creator</a>", "</td>");
        String[] written = {"Preetum Nakkiran", "Gal Kaplun", "Yamini Bansal", "Tristan Yang", "Boaz Barak", "Ilya Sutskever"};
        int at = -1;
        for (String name : written) {
            int next = creators.indexOf(">" + name + "</a>");
            assertThat(next).as(name + " after the author before it").isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void everyMentionBoxShowsWhatItIsAndTheNotesWords() {
        for (String iri : new String[] {DOUBLE_DESCENT, "https://w3id.org/notegraph/vocab/pruning", TestStores.RIDGE_MIXER}) {
            String notes = section(page(iri).body(), "<h2>In notes</h2>", "<h2>Links to it</h2>");
            String[] boxes = notes.split("<div class=\"mention\">");
            assertThat(boxes.length).as(iri + " has mention boxes").isGreaterThan(1);
            for (int i = 1; i < boxes.length; i++) {
                assertThat(boxes[i]).as(iri + " box " + i).containsAnyOf("<strong>", "<div class=\"text\">", "<blockquote class=\"quote\">")
                        .containsAnyOf(">paper mention</a>", ">concept mention</a>", ">claim</a>", ">statement</a>", ">wikilink</a>");
            }
        }
        String dd = section(page(DOUBLE_DESCENT).body(), "<h2>In notes</h2>", "<h2>Links to it</h2>");
        assertThat(dd).as("a claim's box quotes it")
                .contains(">claim</a>", "<blockquote class=\"quote\">The authors show the same shape when training time grows");
        String pruning = section(page("https://w3id.org/notegraph/vocab/pruning").body(), "<h2>In notes</h2>", "<h2>Links to it</h2>");
        assertThat(pruning).as("a concept mention shows the words as written and the lines they stand in")
                .contains(">concept mention</a>", "training the pruned architecture from scratch", "Rethinking the Value of Network Pruning")
                .contains("<strong>Network Pruning</strong>")
                .containsPattern("awesome-generalization\\.markdown:\\d+,\\d+</a>");
    }

    @Test
    void homeCountsSayWhatTheyCountAndCountConceptsTheNotesName() {
        String home = Http.get(url + "home").accept(BROWSER).send().body();
        long vocabulary = count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <https://w3id.org/notegraph#Method> }");
        long named = number(home, "methods");
        assertThat(named).as("methods the notes name").isPositive().isLessThan(vocabulary);
        long conceptMentionTargets = count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?m a <https://w3id.org/notegraph#ConceptMention> ; "
                + "<http://www.w3.org/ns/oa#hasBody> ?x }");
        long statementEnds = count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?s a <https://w3id.org/notegraph#RelationStatement> ; "
                + "<https://w3id.org/notegraph#subject>|<https://w3id.org/notegraph#object> ?x }");
        assertThat(named).isLessThanOrEqualTo(conceptMentionTargets + statementEnds);
        assertThat(home).contains("<span class=\"what\">methods named in your notes</span>", "<span class=\"what\">places where a note names a paper</span>")
                .contains("paper mentions</a>").doesNotContain("<span class=\"n\">" + vocabulary + "</span>");
        assertThat(number(home, "paper mentions")).isEqualTo(count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <https://w3id.org/notegraph#PaperMention> }"));
    }

    @Test
    void anUntitledPaperIsNamedByItsIdentifierAndMarkedWhereverItIsListed() {
        String name = "arXiv:1406.2661 (title unknown)";
        assertThat(page(UNTITLED).body()).contains("<h1>" + name + "</h1>", "<title>" + name + " · notegraph</title>");
        assertThat(Http.get(url + "home").accept(BROWSER).send().body()).contains(">" + name + "</a>");
        assertThat(section(Http.get(url + "gaps").accept(BROWSER).send().body(), "id=\"paper-missing-fields\"", "</table>"))
                .contains(link(UNTITLED, name));
        assertThat(page(TestStores.BASE + "note/reading-group-2024-spring.md").body()).contains(">" + name + "</a>");
    }

    @Test
    void searchResultsShowTheMatchingTextWithTheWordsMarked() {
        String r = Http.get(url + "search?q=interpolation").send().body();
        assertThat(r).containsPattern("<div class=\"snippet\">[^<]*<mark>interpolation</mark>[^<]*threshold");
        String phrase = Http.get(url + "search?q=" + Http.enc("\"double descent\" -vision")).send().body();
        assertThat(phrase).containsPattern("<mark>[Dd]ouble</mark> <mark>[Dd]escent</mark>").doesNotContain("<mark>vision</mark>");
        String html = Http.get(url + "search?q=Mallory").send().body();
        assertThat(section(html, "<div class=\"snippet\">", "</div>")).contains("&lt;b&gt;<mark>Mallory</mark>&lt;/b&gt;")
                .doesNotContain("<b>").doesNotContain("<script");
    }

    /** The number a home page count shows above its label. */
    static long number(String home, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<span class=\"n\">(\\d+)</span>" + java.util.regex.Pattern.quote(label) + "</a>").matcher(home);
        assertThat(m.find()).as("a count labelled " + label).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A COUNT query's ?n over the served store's SPARQL endpoint. */
    static long count(String sparql) {
        String csv = Http.get(url + "kg/query?query=" + Http.enc(sparql)).accept("text/csv").send().body();
        return Long.parseLong(csv.strip().split("\\R")[1].strip());
    }

    /** A link as the pages write it: to the resource's page, titled with its IRI. */
    static String link(String iri, String text) {
        return "<a href=\"" + new org.notegraph.serve.pages.Site(TestStores.BASE, "kg").href(iri) + "\" title=\"" + iri + "\">" + text + "</a>";
    }

    /** One group of relations ("extends →", "← extended by"): its heading and table. */
    static String group(String html, String heading) {
        return section(html, ">" + heading + "</h3>", "</table>");
    }

    /** The page from {@code start} to the next {@code end}; fails when {@code start} is not there. */
    static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s on the page", start).isNotNegative();
        int to = html.indexOf(end, from + start.length());
        return html.substring(from, to < 0 ? html.length() : to);
    }

    @Test
    void fusekiUiStartPageLinksToTheHomePage() {
        assertThat(Http.get(url).send().body()).contains("id=\"notegraph-home\" href=\"home\"");
    }
}
