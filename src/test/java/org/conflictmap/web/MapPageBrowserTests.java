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

    private WebElement el(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private String date() {
        return el(".cm-date").getText();
    }

    private String factionCount(String faction) {
        return el("input[data-faction='" + faction + "']").findElement(By.xpath("..")).findElement(By.cssSelector(".cm-count"))
                .getText();
    }

    private Object script(String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js, args);
    }

    @Test
    void slidingAndPagingThroughChangesRedrawsTheMap() throws IOException {
        open("?date=2016-05-20&" + VIEW);
        slideTo("2016-01-15");
        assertThat(date()).isEqualTo("15 January 2016");
        assertThat(drawn("control")).isEqualTo("3");
        assertThat(drawn("events")).isEqualTo("0");
        assertThat(drawn("movements")).isEqualTo("0");
        waitFor().until(d -> factionCount(MapFixtures.NORTH).startsWith("1 places"));

        el("#cm-date-slider").sendKeys(Keys.PAGE_UP);
        settle();
        assertThat(date()).isEqualTo("29 February 2016");
        assertThat(drawn("events")).isEqualTo("2");
        waitFor().until(d -> factionCount(MapFixtures.NORTH).startsWith("2 places"));
        assertThat(factionCount(MapFixtures.RIVER)).startsWith("1 places");
        Browser.screenshot(driver, "map-2016-02-29");

        el("#cm-date-slider").sendKeys(Keys.ARROW_LEFT);
        settle();
        assertThat(date()).isEqualTo("28 February 2016");
        assertThat(drawn("events")).isEqualTo("0");
    }

    @Test
    void factionFilterHidesTheOtherFactions() throws IOException {
        open("?date=2016-05-20&" + VIEW);
        assertThat(drawn("control")).isEqualTo("4");
        el("button[data-only='" + MapFixtures.RIVER + "']").click();
        settle();
        assertThat(drawn("control")).isEqualTo("2");
        assertThat(drawn("movements")).isEqualTo("1");
        assertThat(el("input[data-faction='" + MapFixtures.NORTH + "']").isSelected()).isFalse();
        Browser.screenshot(driver, "filter-only-river-pact");

        el("input[data-faction='" + MapFixtures.RIVER + "']").click();
        settle();
        assertThat(drawn("control")).isEqualTo("0");
        assertThat(drawn("movements")).isEqualTo("0");
        assertThat(drawn("territory")).isEqualTo("0");

        driver.findElement(By.xpath("//button[text()='Show all']")).click();
        settle();
        assertThat(drawn("control")).isEqualTo("4");
    }

    @Test
    void clickingAnEventShowsItsSentenceAndSource() throws IOException {
        open("?date=2016-03-01&view=35,40,9");
        clickAt(MapFixtures.ARDENT, 35, 40, 9);
        WebElement popup = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
        Browser.screenshot(driver, "popup-event");
        assertThat(popup.getText()).contains("The North Front captured Ardent on Monday after a week of fighting.")
                .contains("North Front takes Ardent").contains("Plains Courier");
        assertThat(popup.findElement(By.cssSelector(".cm-evidence mark")).getText()).isEqualTo("Ardent");
        assertThat(el("#cm-details").getText()).contains("Capture").contains("90 %");
        assertThat(driver.getCurrentUrl()).contains("select=event:1");
    }

    @Test
    void clickingATownShowsWhoHoldsItAndWhy() {
        open("?date=2016-01-15&view=35,40,9");
        clickAt(MapFixtures.ARDENT, 35, 40, 9);
        WebElement popup = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
        assertThat(popup.getText()).contains("Ardent").contains(MapFixtures.RIVER)
                .contains("River Pact units withdrew toward Dunhill.");
    }

    @Test
    void permalinkRestoresDateFactionsLayersAndViewAndBackStepsBack() {
        open("?date=2016-05-20&" + VIEW);
        el("button[data-only='" + MapFixtures.NORTH + "']").click();
        driver.findElement(By.xpath("//label[normalize-space(.)='Territory']//input")).click();
        el("#cm-date-slider").sendKeys(Keys.PAGE_DOWN);
        settle();
        assertThat(date()).isEqualTo("10 May 2016");
        String url = driver.getCurrentUrl();
        assertThat(url).contains("date=2016-05-10").contains("factions=" + MapFixtures.NORTH)
                .contains("layers=control,movements,events").containsPattern("view=34\\.9[0-9]*,40\\.[23][0-9]*,8");
        String drawnControl = drawn("control");

        driver.navigate().back();
        waitFor().until(d -> date().equals("20 May 2016"));
        settle();
        assertThat(el("input[data-faction='" + MapFixtures.RIVER + "']").isSelected()).isFalse();

        driver.get("about:blank");
        driver.get(url);
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        settle();
        assertThat(date()).isEqualTo("10 May 2016");
        assertThat(el("input[data-faction='" + MapFixtures.RIVER + "']").isSelected()).isFalse();
        assertThat(el("input[data-faction='" + MapFixtures.NORTH + "']").isSelected()).isTrue();
        assertThat(driver.findElement(By.xpath("//label[normalize-space(.)='Territory']//input")).isSelected()).isFalse();
        assertThat(drawn("control")).isEqualTo(drawnControl);
        assertThat(drawn("territory")).isEqualTo("0");
        assertThat((Number) script("return document.getElementById('cm-map').getBoundingClientRect().width")).isNotNull();
    }

    @Test
    void embedModeShowsOnlyTheMapAndTheSlider() throws Exception {
        open("?embed=1&date=2016-05-20&" + VIEW);
        assertThat(el(".cm-header").isDisplayed()).isFalse();
        assertThat(el("#cm-panel").isDisplayed()).isFalse();
        assertThat(el("#cm-date-slider").isDisplayed()).isTrue();
        assertThat(drawn("control")).isEqualTo("4");
        Browser.screenshot(driver, "embed");

        open("?date=2016-05-20&" + VIEW);
        el("#cm-embed-button").click();
        WebElement snippet = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("cm-embed-snippet")));
        assertThat(snippet.getAttribute("value")).startsWith("<iframe src=\"http://localhost:" + port + "/?date=2016-05-20")
                .contains("embed=1");
        List<WebElement> feeds = driver.findElements(By.cssSelector(".cm-feed-list a"));
        assertThat(feeds).extracting(WebElement::getText)
                .anyMatch(u -> u.contains("/ogc/collections/events/items?datetime=2016-04-20/2016-05-20&bbox="))
                .anyMatch(u -> u.contains("/ogc/collections/territory/items?datetime=2016-05-20"));
        Browser.screenshot(driver, "embed-dialog");
        String controlFeed = feeds.stream().map(WebElement::getText).filter(u -> u.contains("/control/")).findFirst().orElseThrow();
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(controlFeed)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"controller\"");
    }

    @Test
    void asKnownOnTheShownDayHidesWhatWasReportedLater() {
        open("?date=2016-03-01&" + VIEW);
        assertThat(drawn("events")).isEqualTo("2");
        el("#cm-known").click();
        settle();
        assertThat(drawn("events")).isEqualTo("0");
        assertThat(driver.getCurrentUrl()).contains("known=1");
        slideTo("2016-03-02");
        assertThat(drawn("events")).isEqualTo("2");
    }

    @Test
    void markupInArticlesShowsAsText() {
        open("?date=2016-05-12&view=34.8,41,9");
        clickAt(MapFixtures.CORVAN, 34.8, 41, 9);
        WebElement popup = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
        assertThat(popup.getText()).contains(MapFixtures.HOSTILE).contains(MapFixtures.HOSTILE_TITLE);
        assertThat(driver.findElements(By.cssSelector(".leaflet-popup-content img, #cm-details img"))).isEmpty();
        assertNoAlert();

        driver.get("http://localhost:" + port + "/article.html?id=2");
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(el(".cm-article h1").getText()).isEqualTo(MapFixtures.HOSTILE_TITLE);
        assertThat(el(".cm-article-text").getText()).isEqualTo(MapFixtures.ARTICLE_TWO);
        assertThat(driver.findElements(By.cssSelector(".cm-article img"))).isEmpty();
        assertNoAlert();
    }

    @Test
    void fitsAPhoneScreenWithAFullWidthSlider() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("?date=2016-05-20");
        long viewport = ((Number) script("return window.innerWidth")).longValue();
        assertThat(el("#cm-date-slider").getSize().getWidth()).isGreaterThan((int) (viewport * 0.9));
        assertThat(el("#cm-panel").isDisplayed()).isFalse();
        Browser.screenshot(driver, "phone");
        el("#cm-panel-toggle").click();
        assertThat(el("#cm-panel").isDisplayed()).isTrue();
        assertThat(el("input[data-faction='" + MapFixtures.NORTH + "']").isDisplayed()).isTrue();
        Browser.screenshot(driver, "phone-panel");
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened: article markup ran as HTML");
        } catch (NoAlertPresentException expected) {
            // The markup stayed text.
        }
    }
}
