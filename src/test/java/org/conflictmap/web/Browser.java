package org.conflictmap.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Debian Chromium driven through {@code /usr/bin/chromedriver}; nothing is downloaded (the
 * driver and browser paths are given, so Selenium Manager never runs). Without the driver the tests
 * that need it are skipped with a message, unless {@code -Dconflictmap.test.browser.required=true}
 * (CI), which turns a missing browser into a failure.
 */
final class Browser {

    static final String DRIVER = System.getProperty("conflictmap.test.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("conflictmap.test.chromium", "/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    /** Skips the calling test (or fails it when required) when Chromium or its driver is missing. */
    static void assumeAvailable() {
        boolean present = new File(DRIVER).canExecute() && new File(CHROMIUM).canExecute();
        if (!present && Boolean.getBoolean("conflictmap.test.browser.required")) {
            fail("Browser tests are required (conflictmap.test.browser.required=true) but " + DRIVER + " or "
                    + CHROMIUM + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Skipping browser tests: " + DRIVER + " or " + CHROMIUM
                + " is missing (apt-get install chromium chromium-driver); "
                + "-Dconflictmap.test.browser.required=true makes this a failure");
    }

    /** A new headless Chromium with its own throw-away profile, window width x height. */
    static ChromeDriver start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("conflictmap-chromium");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Console messages at SEVERE level since the last call. */
    static List<String> severeLogs(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Writes a PNG screenshot under target/screenshots/. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
