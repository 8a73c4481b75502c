package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The server in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromium-driver (.ci/run installs both). It uses the Fuseki UI (dataset list, query editor and
 * its results table, dataset info), browses from a paper's page by clicking, and checks that a
 * note full of script and onerror= payloads stays inert. A missing browser fails the test: it is
 * never skipped in CI (outside CI, -Dnotegraph.skipBrowser=true skips it, saying so).
 */
class BrowserTest {
    @RegisterExtension static final ServedStore served = new ServedStore();
    @TempDir static Path tmp;
    static String url;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        url = served.url();
        driver = HeadlessChromium.start("BrowserTest", tmp.resolve("chromium-profile"), 1280);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    /** Keeps what the browser showed, in target/browser-test, for a failure's report. */
    private static void screenshot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Path dir = Files.createDirectories(Path.of("target", "browser-test"));
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (Exception e) {
            System.err.println("no screenshot: " + e);
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void fusekiUiListsTheDatasetRunsAQueryInItsEditorAndShowsDatasetInfo() {
        driver.get(url);
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td[normalize-space()='/kg']/..")));
        row.findElement(By.xpath(".//button[contains(normalize-space(), 'query')]")).click();
        wait.until(ExpectedConditions.urlContains("/dataset/kg/query"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));

        String query = """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX ng: <https://w3id.org/notegraph#>
                SELECT ?resource ?title ?mentions WHERE {
                  ?resource dcterms:title ?title .
                  OPTIONAL { ?resource ng:mentionCount ?mentions }
                  FILTER (CONTAINS(?title, "Attention") || CONTAINS(?title, "XSS probe"))
                } ORDER BY ?title""";
        js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", query);
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();

        By cells = By.cssSelector(".yasr table tbody tr td");
        wait.until(d -> d.findElements(cells).stream().anyMatch(td -> td.getText().contains("Attention Is All You Need")));
        List<WebElement> rows = driver.findElements(By.cssSelector(".yasr table tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Attention Is All You Need", TestStores.ATTENTION, "1");
        assertThat(rows.get(1).getText()).contains("XSS probe <script>window.__xss='title'</script>");
        assertThat(js("return window.__xss === undefined")).as("a title with markup in the results table").isEqualTo(true);

        driver.findElement(By.xpath("//a[contains(normalize-space(), 'info')]")).click();
        wait.until(ExpectedConditions.urlContains("/dataset/kg/info"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'count triples in all graphs')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='submit']"))).click();
        try {
            wait.until(d -> d.getPageSource().contains(TestStores.BASE + "graph/entities"));
        } catch (RuntimeException e) {
            screenshot("info");
            throw e;
        }
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("/kg/query", "/kg/shacl");
    }

    @Test
    void aPapersPageLinksToTheNoteThatMentionsIt() {
        driver.get(url + "paper/arxiv/1706.03762");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Attention Is All You Need");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("We began with the transformer");
        driver.findElement(By.linkText("reading-group-2024-spring.md:17")).click();
        wait.until(ExpectedConditions.urlToBe(url + "note/reading-group-2024-spring.md"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Reading group: spring 2024");
        driver.findElement(By.linkText("Attention Is All You Need")).click();
        wait.until(ExpectedConditions.urlContains("/paper/arxiv/1706.03762"));

        driver.get(url + "home");
        driver.findElement(By.name("q")).sendKeys("double descent\n");
        wait.until(ExpectedConditions.urlContains("/search?q="));
        driver.findElements(By.cssSelector("a[href^='/paper/']")).stream()
                .filter(a -> a.getText().startsWith("Deep Double Descent")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.urlContains("/paper/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Deep Double Descent");
    }

    @Test
    void noteMarkupRendersInert() {
        String note = TestStores.BASE + "note/xss-probe.md";
        List<String> pages = List.of(url + "page?iri=" + Http.enc(note), url + "page?iri=" + Http.enc(note + "/mention/10-1"),
                url + "paper/arxiv/2101.00001", url + "search?q=Mallory", url + "home",
                url + "search?q=" + Http.enc("<script>window.__xss='q'</script>"),
                // relation evidence and a claim whose text holds escaped markup
                url + "page?iri=" + Http.enc(TestStores.TRANSFORMER), url + "note/xss-probe.md/claim/14-1",
                url + "paper/arxiv/2101.00002",
                // the list behind an evidence count, whose claim holds escaped markup
                url + "evidence?iri=" + Http.enc(TestStores.BASE + "paper/arxiv/2101.00002") + "&relation=supports&direction=out");
        for (String page : pages) {
            driver.get(page);
            assertThat(js("return window.__xss === undefined")).as("script ran on " + page).isEqualTo(true);
            try {
                driver.switchTo().alert();
                fail("an alert opened on " + page);
            } catch (NoAlertPresentException expected) {
                // inert
            }
            assertThat(driver.findElements(By.tagName("script"))).as("script elements on " + page).isEmpty();
            assertThat(driver.findElements(By.cssSelector("img, [onerror], a[href^='javascript:']"))).as(page).isEmpty();
        }
        driver.get(url + "page?iri=" + Http.enc(note + "/mention/10-1"));
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("<script>window.__xss='body'</script>", "onerror=\"window.__xss='img'\"", "<b>Mallory</b>");
        driver.get(url + "page?iri=" + Http.enc(TestStores.TRANSFORMER));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("\\<img src=x onerror=\"window.__xss='evidence'\"\\>");
    }
}
