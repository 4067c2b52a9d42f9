package org.conflictmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map page in headless Chromium against the real service and a small made-up war
 * ({@link MapFixtures}): what a reader sees and can do. Screenshots go to target/screenshots/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageBrowserTests {

    /** The page calls these and works without them (it derives factions and change days from the data). */
    private static final List<String> OPTIONAL_ENDPOINTS = List.of("/api/factions", "/api/timeline");

    /** Centre of the test views: between the four towns, at a zoom where they lie well apart. */
    private static final String VIEW = "view=34.95,40.3,8";

    static ChromeDriver driver;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("conflictmap-map-test");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> "");
        registry.add("conflictmap.demo.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        Browser.assumeAvailable();
        driver = Browser.start(1280, 800);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void loadWar() {
        MapFixtures.reset(jdbc);
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    private void open(String query) {
        driver.get("http://localhost:" + port + "/" + query);
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        settle();
    }

    /** Waits until the drawn counts stop changing (background loads finished). */
    private void settle() {
        String[] last = {""};
        waitFor().pollingEvery(Duration.ofMillis(300)).until(d -> {
            String now = drawn("control") + "/" + drawn("events") + "/" + drawn("movements") + "/" + drawn("territory");
            boolean stable = now.equals(last[0]);
            last[0] = now;
            return stable;
        });
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private String drawn(String layer) {
        return driver.findElement(By.id("cm-map")).getAttribute("data-" + layer);
    }

    private List<String> unexpectedConsoleErrors() {
        return Browser.severeLogs(driver).stream()
                .filter(m -> OPTIONAL_ENDPOINTS.stream().noneMatch(e -> m.contains(e) && m.contains("404")))
                .toList();
    }

    private void slideTo(String isoDay) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const s = document.getElementById('cm-date-slider');"
                        + "s.value = String(Math.floor(Date.parse(arguments[0] + 'T00:00:00Z') / 86400000));"
                        + "s.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "s.dispatchEvent(new Event('change', {bubbles: true}));", isoDay);
        settle();
    }

    /** Clicks the map at a lon/lat, computing its pixel from the view in the URL (Web Mercator). */
    private void clickAt(double[] lonLat, double centreLat, double centreLon, int zoom) {
        WebElement map = driver.findElement(By.id("cm-map"));
        double scale = 256 * Math.pow(2, zoom);
        double dx = scale * (lonLat[0] - centreLon) / 360;
        double dy = scale * (mercatorY(centreLat) - mercatorY(lonLat[1]));
        new Actions(driver).moveToElement(map, (int) Math.round(dx), (int) Math.round(dy)).click().perform();
    }

    private static double mercatorY(double lat) {
        double sin = Math.sin(Math.toRadians(lat));
        return Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    @Test
    void loadsWithoutConsoleErrorsAndDrawsTownsEventsAndMovements() throws IOException {
        Browser.severeLogs(driver);
        open("?date=2016-05-20&" + VIEW);
        Browser.screenshot(driver, "map-2016-05-20");
        assertThat(drawn("control")).isEqualTo("4");
        assertThat(drawn("events")).isEqualTo("1");
        assertThat(drawn("movements")).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector(".cm-date")).getText()).isEqualTo("20 May 2016");
        assertThat(unexpectedConsoleErrors()).isEmpty();
    }
}
