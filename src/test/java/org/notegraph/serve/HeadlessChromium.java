package org.notegraph.serve;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium under Selenium for the browser tests (chromium and chromium-driver,
 * no network services of its own). A missing browser fails the test; outside CI
 * {@code -Dnotegraph.skipBrowser=true} skips it, saying so.
 */
final class HeadlessChromium {
    /**
     * Selenium's note that it has no DevTools bindings for this Chromium version is noise here; held
     * so that the quieter level is not lost when the logger would otherwise be collected.
     */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private HeadlessChromium() {}

    /** The map's browser tests: a window of 1400 × 1000. */
    static ChromeDriver start(Path profile) {
        return start("the map's browser tests", profile, 1400);
    }

    /** A browser for {@code who} (named in the message when it is missing), {@code width} × 1000. */
    static ChromeDriver start(String who, Path profile, int width) {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path chromium = find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path chromedriver = find("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (chromium == null || chromedriver == null) {
            String message = who + " need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; "
                    + ".ci/run installs them): chromium=" + chromium + ", chromedriver=" + chromedriver;
            boolean inCi = System.getenv("CI") != null && !System.getenv("CI").isEmpty() && !System.getenv("CI").equals("false");
            if (!inCi && Boolean.getBoolean("notegraph.skipBrowser")) {
                System.err.println("SKIPPING (notegraph.skipBrowser): " + message);
                org.junit.jupiter.api.Assumptions.abort(message);
            }
            fail(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + width + ",1000",
                    "--user-data-dir=" + Files.createDirectories(profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Path find(String env, String... candidates) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) return Path.of(fromEnv);
        for (String c : candidates) if (Files.isExecutable(Path.of(c))) return Path.of(c);
        return null;
    }
}
