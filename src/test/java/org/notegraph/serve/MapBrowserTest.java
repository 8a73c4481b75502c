package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.Builder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The literature map ({@code /map}) in headless Chromium, over a small vault written for it
 * ({@code src/test/resources/map-vault}: two papers with notes of their own, two cited in a seminar
 * note only, relations of five kinds, two tags, a dangling wikilink, markup in a quote): the page
 * draws the nodes and edges of {@code /map.json}, the filters hide edges by relation, note, tag and
 * confidence and nodes by kind, a real click on an edge shows its evidence and links its note
 * line, ghosts are drawn for the papers cited but never noted, only notegraph's own scripts run
 * (the CSP header and the scripts the page loaded) and no request leaves 127.0.0.1.
 */
class MapBrowserTest {
    static final String BASE = TestStores.BASE;
    static final String SPARSE_GATES = BASE + "paper/arxiv/2311.00101";
    static final String LOUD_ROUTERS = BASE + "paper/arxiv/2309.00303";

    @TempDir static Path tmp;
    static NotegraphServer server;
    static String url;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Path db = tmp.resolve("db");
        new Builder().build(BuildOptions.of(List.of(Path.of("src/test/resources/map-vault")), db), new Diagnostics(), Builder.Progress.NONE);
        server = NotegraphServer.start(ServeOptions.store(db));
        url = server.url();
        driver = HeadlessChromium.start(tmp.resolve("chromium-profile"));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    @BeforeEach
    void blank() {
        driver.get("about:blank");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a map page and waits until its script has drawn the data. */
    private static WebElement open(String pathAndQuery) {
        driver.get(url + pathAndQuery);
        WebElement map = driver.findElement(By.id("map"));
        wait.until(d -> map.getAttribute("data-ready") != null);
        assertThat(map.getAttribute("data-ready")).as("the map's script drew the data").isEqualTo("true");
        return map;
    }

    private static long count(WebElement map, String what) {
        return Long.parseLong(map.getAttribute("data-" + what + "-count"));
    }

    /** What ECharts was given to draw: the graph series' node and link counts. */
    private static long drawn(String what) {
        return (Long) js("return notegraphMap.chart.getOption().series[0]." + what + ".length");
    }

    @SuppressWarnings("unchecked")
    private static List<String> drawnRelations() {
        return (List<String>) js("return notegraphMap.chart.getOption().series[0].links.map(function (l) { return l.edge.relation; })");
    }

    private static JsonObject mapJson(String query) {
        Http.Response r = Http.get(url + "map.json" + query).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return JSON.parse(r.body());
    }

    private static long relationCount(JsonObject json, String relation) {
        return json.get("edges").getAsArray().stream().filter(e -> e.getAsObject().getString("relation").equals(relation)).count();
    }

    @Test
    void theWholeMapDrawsEveryNodeAndEdgeOfItsData() {
        JsonObject json = mapJson("");
        int nodes = json.get("nodes").getAsArray().size();
        int edges = json.get("edges").getAsArray().size();
        assertThat(nodes).isGreaterThanOrEqualTo(12);
        assertThat(edges).isGreaterThanOrEqualTo(15);
        WebElement map = open("map");
        assertThat(count(map, "node")).isEqualTo(nodes);
        assertThat(count(map, "edge")).isEqualTo(edges);
        assertThat(drawn("data")).isEqualTo(nodes);
        assertThat(drawn("links")).isEqualTo(edges);
        assertThat(drawnRelations()).contains("extends", "disputes", "supports", "uses", "proposes", "mentions", "linksTo");
        // ECharts painted them: its canvas is there and holds more than a blank page's pixels
        assertThat(driver.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
        assertThat(driver.findElement(By.id("map-status")).getText()).contains(nodes + " nodes, " + edges + " edges shown");
    }

    @Test
    void ghostsArePapersCitedButNeverNoted() {
        JsonObject json = mapJson("");
        Map<String, Boolean> ghost = new java.util.HashMap<>();
        for (JsonValue n : json.get("nodes").getAsArray()) {
            JsonObject o = n.getAsObject();
            if (o.getString("kind").equals("paper")) ghost.put(o.getString("id"), o.get("ghost").getAsBoolean().value());
        }
        assertThat(ghost).containsEntry(SPARSE_GATES, false).containsEntry(LOUD_ROUTERS, true)
                .containsEntry(BASE + "paper/arxiv/2308.00404", true).containsEntry(BASE + "paper/arxiv/2310.00202", false);
        WebElement map = open("map");
        long all = count(map, "node");
        Object drawnGhostStyle = js("var id = arguments[0]; return notegraphMap.chart.getOption().series[0].data.filter(function (d) { return d.node.id === id; })[0].itemStyle.borderType",
                LOUD_ROUTERS);
        assertThat(drawnGhostStyle).isEqualTo("dashed");
        driver.findElement(By.id("filter-ghosts")).click();
        // the two ghost papers and the dangling link's ghost go, and what only they linked to
        assertThat(count(map, "node")).isLessThanOrEqualTo(all - 3);
        assertThat((Long) js("return notegraphMap.chart.getOption().series[0].data.filter(function (d) { return d.node.ghost; }).length")).isZero();
        assertThat((Boolean) js("var id = arguments[0]; return notegraphMap.chart.getOption().series[0].data.some(function (d) { return d.node.id === id; })",
                SPARSE_GATES)).isTrue();
    }

    @Test
    void filtersHideEdgesByRelationNoteTagAndConfidenceAndNodesByKind() {
        JsonObject json = mapJson("");
        WebElement map = open("map");
        long edges = count(map, "edge");
        long extendsEdges = relationCount(json, "extends");
        assertThat(extendsEdges).isPositive();
        driver.findElement(By.cssSelector("#filter-relations input[value='extends']")).click();
        assertThat(count(map, "edge")).isEqualTo(edges - extendsEdges);
        assertThat(drawn("links")).isEqualTo(edges - extendsEdges);
        assertThat(drawnRelations()).doesNotContain("extends").contains("disputes");
        driver.findElement(By.cssSelector("#filter-relations input[value='extends']")).click();
        assertThat(count(map, "edge")).isEqualTo(edges);

        new Select(driver.findElement(By.id("filter-note"))).selectByVisibleText("notebook.md");
        assertThat(count(map, "edge")).isEqualTo(edgesWhere(json, "path", "notebook.md"));
        new Select(driver.findElement(By.id("filter-note"))).selectByIndex(0);
        new Select(driver.findElement(By.id("filter-tag"))).selectByVisibleText("routing/sparse");
        assertThat(count(map, "edge")).isEqualTo(edgesWhere(json, "path", "seminar.md"));
        // a parent tag selects the notes tagged below it
        new Select(driver.findElement(By.id("filter-tag"))).selectByIndex(0);

        js("var r = document.getElementById('filter-confidence'); r.value = '0.75'; r.dispatchEvent(new Event('input'));");
        long confident = json.get("edges").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(e -> e.get("confidence").isNull() || e.get("confidence").getAsNumber().value().doubleValue() >= 0.75).count();
        assertThat(confident).isLessThan(edges);
        assertThat(count(map, "edge")).isEqualTo(confident);
        js("var r = document.getElementById('filter-confidence'); r.value = '0'; r.dispatchEvent(new Event('input'));");

        driver.findElement(By.cssSelector("#filter-kinds input[value='note']")).click();
        assertThat((Long) js("return notegraphMap.chart.getOption().series[0].data.filter(function (d) { return d.node.kind === 'note'; }).length")).isZero();
        assertThat(drawnRelations()).doesNotContain("mentions", "linksTo");
    }

    private static long edgesWhere(JsonObject json, String key, String value) {
        return json.get("edges").getAsArray().stream().filter(e -> e.getAsObject().getString(key).equals(value)).count();
    }

    @Test
    void clickingAnEdgeShowsItsEvidenceAndOpensItsNoteLine() {
        WebElement map = open("map?focus=" + Http.enc(SPARSE_GATES) + "&depth=1");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Map around Sparse Gates for Tiny Routers");
        String id = (String) js("return notegraphMap.shown().edges.filter(function (e) { return e.relation === 'extends'; })[0].id");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("return notegraphMap.edgeMiddle(arguments[0])", id);
        assertThat(driver.findElement(By.id("evidence")).isDisplayed()).isFalse();
        // a real click on the drawn line, at its middle (offsets from the map's centre)
        int w = map.getSize().getWidth();
        int h = map.getSize().getHeight();
        new Actions(driver).moveToElement(map, (int) Math.round(at.get(0).doubleValue() - w / 2.0),
                (int) Math.round(at.get(1).doubleValue() - h / 2.0)).click().perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
        assertThat(map.getAttribute("data-evidence")).isEqualTo(id);
        assertThat(driver.findElement(By.id("evidence-what")).getText())
                .isEqualTo("Sparse Gates for Tiny Routers — extends → Quiet Attention Heads");
        assertThat(driver.findElement(By.id("evidence-quote")).getText()).contains("builds on", "keeping its head pruning");
        WebElement noteLine = driver.findElement(By.id("evidence-note"));
        assertThat(noteLine.getText()).isEqualTo("seminar.md:5");
        assertThat(driver.findElement(By.id("evidence-detail")).getText()).contains("confidence 0.7");
        noteLine.click();
        wait.until(ExpectedConditions.urlToBe(url + "note/seminar.md"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seminar on small routers");
    }

    @Test
    void evidenceWithMarkupIsShownAsText() {
        open("map");
        String id = (String) js("return notegraphMap.shown().edges.filter(function (e) { return e.relation === 'uses' && e.path === 'notebook.md'; })[0].id");
        assertThat((Boolean) js("return notegraphMap.showEvidence(arguments[0])", id)).isTrue();
        assertThat(driver.findElement(By.id("evidence-quote")).getText()).contains("<img src=x onerror=\"window.__mapxss=1\"");
        assertThat(driver.findElements(By.cssSelector("#evidence img, #map-side img"))).isEmpty();
        assertThat(js("return window.__mapxss === undefined")).isEqualTo(true);
    }

    @Test
    void onlyNotegraphsOwnScriptsRunAndNoRequestLeavesTheMachine() {
        Http.Response page = Http.get(url + "map").accept("text/html").send();
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self';", "connect-src 'self'");
        String scriptSrc = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
        assertThat(scriptSrc).isEqualTo("script-src 'self'");
        assertThat(page.body()).doesNotContain("<script>").contains("<script src=\"/assets/echarts.min.js\"></script>");
        Http.Response echarts = Http.get(url + "assets/echarts.min.js").send();
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");
        assertThat(Http.get(url + "assets/pom.xml").send().status()).isEqualTo(404);
        // resource pages keep their script-free policy
        assertThat(Http.get(url + "paper/arxiv/2311.00101").accept("text/html").send().header("Content-Security-Policy"))
                .doesNotContain("script-src");

        open("map");
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) js("return Array.from(document.scripts).map(function (s) { return s.src; })");
        assertThat(scripts).containsExactly(url + "assets/echarts.min.js", url + "assets/map.js");
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertThat(requests).isNotEmpty().allMatch(r -> r.startsWith("http://127.0.0.1:"), "on 127.0.0.1");
        assertThat(requests).anyMatch(r -> r.contains("/map.json"));
        // an inline script would be refused by the policy: try one
        js("var s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s);");
        assertThat(js("return window.__inline === undefined")).isEqualTo(true);
    }

    @Test
    void everyResourcePageLinksToItsMap() {
        driver.get(url + "paper/arxiv/2309.00303");
        driver.findElement(By.cssSelector("a.maplink")).click();
        wait.until(ExpectedConditions.urlContains("/map?focus="));
        WebElement map = driver.findElement(By.id("map"));
        wait.until(d -> "true".equals(map.getAttribute("data-ready")));
        assertThat((String) js("return notegraphMap.data().focus")).isEqualTo(LOUD_ROUTERS);
        assertThat(count(map, "node")).isGreaterThan(1);
        // words instead of an IRI, as the command line takes them
        WebElement byWords = open("map?q=" + Http.enc("sparse gates for tiny routers") + "&depth=1");
        assertThat((String) js("return notegraphMap.data().focus")).isEqualTo(SPARSE_GATES);
        assertThat(count(byWords, "edge")).isPositive();
    }
}
