package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.BuildReport;
import org.notegraph.pipeline.Builder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The literature map of the five seed documents around "double descent", as a user reaches it
 * (the words typed, not an IRI), saved as a build artefact:
 * {@code target/screenshots/map-double-descent.png}. Needs {@code ../shared} (the seeds), as
 * {@code ShowcaseQuestionsTest} does: fails, never skips, without it.
 */
class MapScreenshotTest {
    static final Path SCREENSHOT = Path.of("target", "screenshots", "map-double-descent.png");
    static final String DOUBLE_DESCENT = "https://w3id.org/notegraph/vocab/double-descent";

    @TempDir static Path tmp;
    static NotegraphServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        Path seeds = Path.of(System.getProperty("notegraph.shared", "../shared")).resolve("corpus/seeds");
        assertThat(seeds).as("the seed corpus must sit beside the project at ../shared/corpus/seeds").isDirectory();
        Path db = tmp.resolve("db");
        BuildReport report = new Builder().build(new BuildOptions(List.of(seeds), List.of("*.txt"), null, db, 0, List.of(), null),
                new Diagnostics(), Builder.Progress.NONE);
        assertThat(report.notesBuilt()).isEqualTo(5);
        server = NotegraphServer.start(ServeOptions.store(db));
        driver = HeadlessChromium.start(tmp.resolve("chromium-profile"));
        // tall enough for the whole map box under the heading and the form
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1250));
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    @Test
    void theMapAroundDoubleDescentIsDrawnAndSaved() throws Exception {
        driver.get(server.url() + "map?q=" + Http.enc("double descent") + "&depth=2");
        WebElement map = driver.findElement(By.id("map"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> map.getAttribute("data-ready") != null);
        assertThat(map.getAttribute("data-ready")).isEqualTo("true");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Map around double descent");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return notegraphMap.data().focus")).isEqualTo(DOUBLE_DESCENT);
        // papers that study, support or dispute it, the claims about it, and the notes that say so
        assertThat(Long.parseLong(map.getAttribute("data-node-count"))).isGreaterThanOrEqualTo(10);
        @SuppressWarnings("unchecked")
        List<String> relations = (List<String>) js.executeScript(
                "return notegraphMap.chart.getOption().series[0].links.map(function (l) { return l.edge.relation; })");
        assertThat(relations).contains("studies", "supports", "disputes");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js.executeScript(
                "return notegraphMap.chart.getOption().series[0].data.map(function (d) { return d.node.label; })");
        assertThat(labels).anyMatch(l -> l.startsWith("Deep Double Descent"));
        Files.createDirectories(SCREENSHOT.getParent());
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOT, png);
        assertThat(png.length).as("a picture, not a blank page").isGreaterThan(30_000);
        System.out.println("map screenshot: " + SCREENSHOT.toAbsolutePath() + " (" + png.length + " bytes)");
    }
}
