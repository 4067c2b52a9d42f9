package org.conflictmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the page's unit specs (web/spec, Jasmine) in headless Chromium. web/spec is not in the jar, so
 * this test serves web/ from the working directory as well.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSpecTests {

    static ChromeDriver driver;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("conflictmap-spec-test");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> "");
        registry.add("conflictmap.demo.enabled", () -> "false");
        registry.add("spring.web.resources.static-locations", () -> "classpath:/static/,file:web/");
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Browser.assumeAvailable();
        driver = Browser.start(1024, 768);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPageSpecPasses() throws IOException {
        driver.get("http://localhost:" + port + "/spec/index.html");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return typeof jsApiReporter !== 'undefined' && jsApiReporter.finished")));
        List<Map<String, Object>> specs = (List<Map<String, Object>>) driver.executeScript(
                "return jsApiReporter.specs().map(s => ({name: s.fullName, status: s.status, "
                        + "failures: s.failedExpectations.map(f => f.message).join('; ')}))");
        Browser.screenshot(driver, "page-specs");
        assertThat(specs).hasSizeGreaterThan(25);
        assertThat(specs).filteredOn(s -> !"passed".equals(s.get("status")))
                .as("failed page specs").isEmpty();
        assertThat(Browser.severeLogs(driver)).isEmpty();
    }
}
