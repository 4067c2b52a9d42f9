package org.conflictmap.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark of the map page, not a test (its name keeps it out of the default test run):
 * {@code ./mvnw -q test -Dtest=MapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Fills the
 * store with a synthetic war (6,000 places held by five factions over 2014-2017 with 1-3 control
 * intervals each, 20,000 events, 3,000 movements), opens the page in headless Chromium on
 * localhost, waits until the page has loaded in the background, then moves the slider 300 times
 * like a drag and 100 times by random jumps, timing in the page each 'input' event until every layer
 * has been redrawn. Prints first contentful paint, time to first data drawn, features drawn, and
 * median / p95 / max of the redraw times.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapBenchmark {

    private static final int PLACES = Integer.getInteger("conflictmap.benchmark.places", 6000);
    private static final int EVENTS = Integer.getInteger("conflictmap.benchmark.events", 20000);
    private static final int MOVEMENTS = Integer.getInteger("conflictmap.benchmark.movements", 3000);
    private static final String[] FACTIONS = {"f-one", "f-two", "f-three", "f-four", "f-five"};
    private static final String[] TYPES = {"capture", "withdrawal", "advance", "deployment", "attack"};
    private static final LocalDate FIRST = LocalDate.of(2014, 6, 1);
    private static final int DAYS = 1300;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("conflictmap-map-benchmark");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> "");
        registry.add("conflictmap.demo.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void measureSliderRedrawAndFirstPaint() throws Exception {
        Browser.assumeAvailable();
        long fill = System.nanoTime();
        fillStore(new Random(42));
        System.out.printf("benchmark: store filled in %.1f s (%d places, %d events, %d movements)%n",
                (System.nanoTime() - fill) / 1e9, PLACES, EVENTS, MOVEMENTS);
        ChromeDriver driver = Browser.start(1280, 800);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        try {
            String url = "http://localhost:" + port + "/?date=2016-01-01&view=34,42,6";
            driver.get(url);
            // Warm the server and caches once, then measure a fresh load.
            waitReady(driver);
            driver.get("about:blank");
            driver.get(url);
            waitReady(driver);
            driver.executeScript("performance.setResourceTimingBufferSize(1000000)");
            Map<String, Object> load = (Map<String, Object>) driver.executeScript(
                    "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                            + "const m = performance.getEntriesByName('cm-first-data-drawn')[0];"
                            + "return {fcp: p ? p.startTime : -1, data: m ? m.startTime : -1};");
            waitForBackgroundLoads(driver);
            Browser.screenshot(driver, "benchmark-loaded");
            System.out.println("benchmark: page answers: " + driver.executeScript(
                    "return [performance.now(), document.getElementById('cm-map').dataset.control, "
                            + "document.getElementById('cm-date-slider').value]"));
            Browser.severeLogs(driver).forEach(m -> System.out.println("benchmark: console: " + m));
            Map<String, Object> drag = sweep(driver, "drag");
            Map<String, Object> jumps = sweep(driver, "jump");
            Browser.screenshot(driver, "benchmark");
            System.out.printf("benchmark: first contentful paint %.0f ms, first data drawn %.0f ms%n",
                    ((Number) load.get("fcp")).doubleValue(), ((Number) load.get("data")).doubleValue());
            report("drag (300 steps of 3 days)", drag);
            report("jumps (100 random days)", jumps);
        } finally {
            driver.quit();
        }
    }

    private static void waitReady(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Waits (up to 3 minutes) until no request has started for 3 seconds. */
    private static void waitForBackgroundLoads(ChromeDriver driver) throws InterruptedException {
        long last = -1;
        int quiet = 0;
        long deadline = System.currentTimeMillis() + 180_000;
        while (quiet < 6 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            long now = ((Number) driver.executeScript("return performance.getEntriesByType('resource').length")).longValue();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        System.out.printf("benchmark: %d requests made by the page before measuring%n", last);
    }

    /** Moves the slider step by step (one step per animation frame), in chunks of 50 steps. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sweep(ChromeDriver driver, String mode) {
        int steps = "drag".equals(mode) ? 300 : 100;
        List<Number> times = new ArrayList<>();
        List<Number> drawn = new ArrayList<>();
        List<Number> frames = new ArrayList<>();
        for (int from = 0; from < steps; from += 50) {
            Map<String, Object> chunk = (Map<String, Object>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const mode = arguments[0]; const first = arguments[1]; const count = arguments[2];"
                            + "const s = document.getElementById('cm-date-slider');"
                            + "const map = document.getElementById('cm-map');"
                            + "const min = Number(s.min), max = Number(s.max);"
                            + "const start = Math.max(min, Math.min(max - 900, min + 120));"
                            + "const times = []; const drawn = []; const frames = []; let i = first; let last = 0;"
                            + "function step(now) {"
                            + "  if (last) frames.push(now - last); last = now;"
                            + "  const day = mode === 'drag' ? start + 3 * i"
                            + "    : Math.floor(min + ((i * 7919) % 1000) / 1000 * (max - min));"
                            + "  const t0 = performance.now();"
                            + "  s.value = String(day); s.dispatchEvent(new Event('input', {bubbles: true}));"
                            + "  times.push(performance.now() - t0);"
                            + "  drawn.push(['territory', 'control', 'movements', 'events']"
                            + "    .reduce((n, k) => n + Number(map.dataset[k] || 0), 0));"
                            + "  i++; if (i < first + count) requestAnimationFrame(step); else done({times, drawn, frames});"
                            + "}"
                            + "requestAnimationFrame(step);", mode, from, Math.min(50, steps - from));
            times.addAll((List<Number>) chunk.get("times"));
            drawn.addAll((List<Number>) chunk.get("drawn"));
            frames.addAll((List<Number>) chunk.get("frames"));
        }
        return Map.of("times", times, "drawn", drawn, "frames", frames);
    }

    @SuppressWarnings("unchecked")
    private static void report(String label, Map<String, Object> result) {
        double[] times = ((List<Number>) result.get("times")).stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int[] drawn = ((List<Number>) result.get("drawn")).stream().mapToInt(Number::intValue).sorted().toArray();
        double[] frames = ((List<Number>) result.get("frames")).stream().mapToDouble(Number::doubleValue).sorted().toArray();
        System.out.printf("benchmark: %s: input to redrawn median %.2f ms, p95 %.2f ms, max %.2f ms; "
                        + "frame interval median %.1f ms, p95 %.1f ms; features drawn min %d, median %d%n", label,
                percentile(times, 50), percentile(times, 95), times[times.length - 1], percentile(frames, 50),
                percentile(frames, 95), drawn[0], drawn[drawn.length / 2]);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void fillStore(Random random) {
        for (String table : new String[] {"movement", "control_interval", "control_claim", "event", "mention", "place",
                "article"}) {
            jdbc.update("DELETE FROM " + table);
        }
        List<Object[]> articles = new ArrayList<>();
        for (int a = 1; a <= 200; a++) {
            LocalDate published = FIRST.plusDays(random.nextInt(DAYS));
            articles.add(new Object[] {a, "Synthetic report " + a, "Benchmark Wire", "https://bench.example/" + a,
                    Date.valueOf(published), "Synthetic text " + a + ".", "%064d".formatted(a)});
        }
        jdbc.batchUpdate("INSERT INTO article (id, title, source, url, published, body, text_hash, status, received_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'done', CURRENT_TIMESTAMP)", articles);
        double[][] points = new double[PLACES][];
        List<Object[]> places = new ArrayList<>();
        for (int p = 0; p < PLACES; p++) {
            double lon = 36 + random.nextDouble() * 12;
            double lat = 30 + random.nextDouble() * 8;
            points[p] = new double[] {lon, lat};
            places.add(new Object[] {"b" + p, "Place " + p, lon, lat, "POINT(" + lon + " " + lat + ")"});
        }
        jdbc.batchUpdate("INSERT INTO place (id, name, kind, feature_code, country, admin1, population, lon, lat, geom) "
                + "VALUES (?, ?, 'city', 'PPL', 'ZZ', '01', 1000, ?, ?, ST_GeomFromText(?, 4326))", places);
        List<Object[]> intervals = new ArrayList<>();
        int id = 1;
        for (int p = 0; p < PLACES; p++) {
            int count = 1 + random.nextInt(3);
            int[] cuts = random.ints(count - 1, 30, DAYS).sorted().toArray();
            int from = 0;
            for (int k = 0; k < count; k++) {
                Integer to = k < cuts.length ? cuts[k] : null;
                String faction = FACTIONS[random.nextInt(FACTIONS.length)];
                String sources = "[{\"kind\":\"EVENT\",\"id\":1,\"articleId\":1,\"faction\":\"" + faction
                        + "\",\"role\":\"GAINED\",\"date\":\"" + FIRST.plusDays(from) + "\",\"precision\":\"DAY\","
                        + "\"confidence\":0.8,\"evidence\":{\"start\":0,\"end\":20,\"text\":\"Synthetic sentence.\"}}]";
                intervals.add(new Object[] {id++, "b" + p, faction, Date.valueOf(FIRST.plusDays(from)),
                        Date.valueOf(FIRST.plusDays(from)), to == null ? null : Date.valueOf(FIRST.plusDays(to)),
                        random.nextInt(10) == 0, sources, wkt(points[p])});
                if (to != null) {
                    from = to;
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO control_interval (id, place_id, controller, partners, since, valid_from, valid_to, "
                + "precision, derivation, contested, confidence, sources, contest, geom) VALUES (?, ?, ?, '', ?, ?, ?, "
                + "'day', 'stated', ?, 0.8, ?, '[]', ST_GeomFromText(?, 4326))", intervals);
        List<Object[]> events = new ArrayList<>();
        for (int e = 1; e <= EVENTS; e++) {
            int p = random.nextInt(PLACES);
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            events.add(new Object[] {e, 1 + random.nextInt(200), TYPES[random.nextInt(TYPES.length)],
                    FACTIONS[random.nextInt(FACTIONS.length)], "b" + p, Date.valueOf(day),
                    random.nextInt(8) == 0 ? "month" : "day", Date.valueOf(day), wkt(points[p])});
        }
        jdbc.batchUpdate("INSERT INTO event (id, article_id, type, actor, place_id, place_start, place_end, place_surface, "
                + "event_date, date_precision, confidence, evidence_start, evidence_end, evidence_text, known_from, geom) "
                + "VALUES (?, ?, ?, ?, ?, 0, 5, 'Place', ?, ?, 0.7, 0, 20, 'Synthetic sentence.', ?, "
                + "ST_GeomFromText(?, 4326))", events);
        List<Object[]> movements = new ArrayList<>();
        for (int m = 1; m <= MOVEMENTS; m++) {
            int from = random.nextInt(PLACES);
            int to = random.nextInt(PLACES);
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            movements.add(new Object[] {m, m, FACTIONS[random.nextInt(FACTIONS.length)], "b" + from, "b" + to,
                    Date.valueOf(day), random.nextBoolean() ? "stated" : "inferred", Date.valueOf(day),
                    "LINESTRING(" + points[from][0] + " " + points[from][1] + ", " + points[to][0] + " " + points[to][1] + ")"});
        }
        jdbc.batchUpdate("INSERT INTO movement (id, event_id, actor, type, origin_place_id, target_place_id, event_date, "
                + "date_precision, derivation, confidence, known_from, geom) VALUES (?, ?, ?, 'deployment', ?, ?, ?, "
                + "'day', ?, 0.7, ?, ST_GeomFromText(?, 4326))", movements);
        System.out.printf("benchmark: %d control intervals%n", intervals.size());
        Arrays.fill(points, null);
    }

    private static String wkt(double[] lonLat) {
        return "POINT(" + lonLat[0] + " " + lonLat[1] + ")";
    }
}
