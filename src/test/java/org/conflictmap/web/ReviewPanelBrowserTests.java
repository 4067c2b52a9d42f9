package org.conflictmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An analyst confirming and rejecting an event from the map's side panel, in headless Chromium. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPanelBrowserTests {

    private static final String TOKEN = "review-browser-token";

    static ChromeDriver driver;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("conflictmap-review-browser-test");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> TOKEN);
        registry.add("conflictmap.demo.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        Browser.assumeAvailable();
        driver = Browser.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void loadWar() {
        jdbc.sql("DELETE FROM revision").update();
        jdbc.sql("DELETE FROM event_set_aside").update();
        MapFixtures.reset(jdbc);
        // the fixture writes its own ids; rebuilt intervals must not be given one of them
        for (String table : new String[] {"control_interval", "movement", "event"}) {
            jdbc.sql("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH 1000").update();
        }
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private void openEventAsAnalyst(String token) {
        driver.get("http://localhost:" + port + "/");
        driver.executeScript(token == null ? "sessionStorage.clear()"
                : "sessionStorage.setItem('conflictmap.analystToken', arguments[0])", token);
        driver.get("http://localhost:" + port + "/?date=2016-03-01&view=35,40,9&select=event:1");
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cm-details"), "Capture"));
    }

    private void act(String button, String reason, String expectedStatus) {
        WebElement form = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cm-review-form")));
        form.findElement(By.cssSelector(".cm-review-reason")).sendKeys(reason);
        form.findElement(By.cssSelector(button)).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cm-review-status"),
                "Review: " + expectedStatus));
    }

    @Test
    void analystConfirmsThenRejectsAnEventWithReasons() throws IOException {
        openEventAsAnalyst(TOKEN);

        act(".cm-review-confirm", "matches the second report", "confirmed");
        assertThat(jdbc.sql("SELECT review FROM event WHERE id = 1").query(String.class).single()).isEqualTo("confirmed");

        act(".cm-review-reject", "the town was not taken that week", "rejected");
        Browser.screenshot(driver, "review-rejected");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event WHERE id = 1").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT author || ':' || action || ':' || reason FROM revision ORDER BY id")
                .query(String.class).list())
                .containsExactly("admin:confirm:matches the second report", "admin:reject:the town was not taken that week");
        assertThat(driver.findElement(By.cssSelector(".cm-review-history")).getAttribute("textContent"))
                .contains("admin · reject: the town was not taken that week");
    }

    @Test
    void readersSeeNoReviewControls() {
        openEventAsAnalyst(null);

        assertThat(driver.findElements(By.cssSelector(".cm-review-form"))).isEmpty();
        assertThat(jdbc.sql("SELECT review FROM event WHERE id = 1").query(String.class).single()).isEqualTo("unreviewed");
    }
}
