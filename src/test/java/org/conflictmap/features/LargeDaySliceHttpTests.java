package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.conflictmap.persistence.StoreChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** A day slice big enough to be sent from its file (sendfile), fetched over a real connection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeDaySliceHttpTests {

    private static final int PLACES = 400;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("conflictmap-large-slice-test");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> "large-slice-test-token");
        registry.add("conflictmap.demo.enabled", () -> "false");
        registry.add("conflictmap.features.version-poll-millis", () -> "0");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + url));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, List<String>> withoutDate(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Date")) {
                copy.put(name, values.stream().sorted().toList());
            }
        });
        return copy;
    }

    @Test
    void sendsALargeCachedDaySliceWholeInBothEncodingsAndAnswersItsTagWithA304() throws Exception {
        FeedFixtures.reset(jdbc);
        for (int i = 0; i < PLACES; i++) {
            double lon = 40 + (i % 20) * 0.1;
            double lat = 33 + (i / 20) * 0.1;
            jdbc.sql("INSERT INTO place (id, geonameid, name, kind, feature_code, country, lon, lat, geom) VALUES "
                    + "(?, NULL, ?, 'city', 'PPL', 'XX', ?, ?, ST_GeomFromText(?, 4326))")
                    .params("grid-" + i, "Grid town " + i, lon, lat, "POINT(" + lon + " " + lat + ")").update();
            jdbc.sql("INSERT INTO control_interval (id, place_id, controller, partners, since, precision, derivation, "
                    + "contest, valid_from, valid_to, contested, confidence, sources, geom) VALUES (?, ?, ?, '', "
                    + "DATE '2015-01-01', 'day', 'stated', '[]', DATE '2015-01-01', NULL, FALSE, 0.8, '[]', "
                    + "ST_GeomFromText(?, 4326))")
                    .params(1000 + i, "grid-" + i, i % 3 == 0 ? "faction-east" : "faction-west",
                            "POINT(" + lon + " " + lat + ")").update();
        }
        events.publishEvent(new StoreChanged("grid of towns added"));
        String url = "/ogc/collections/control/items?datetime=2015-03-01&limit=1000";

        HttpResponse<byte[]> first = get(url);
        HttpResponse<byte[]> cached = get(url);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body().length).isGreaterThanOrEqualTo(BodyFiles.SENDFILE_FROM_BYTES);
        assertThat(cached.body()).isEqualTo(first.body());
        // the repeat is answered ahead of the filters, with every header their full handling wrote
        assertThat(withoutDate(cached.headers().map())).isEqualTo(withoutDate(first.headers().map()));
        assertThat(cached.headers().firstValueAsLong("Content-Length")).hasValue(cached.body().length);
        assertThat(cached.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(cached.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(cached.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        // nothing that contradicts it (Spring Security's defaults for responses that say nothing)
        assertThat(cached.headers().map()).doesNotContainKeys("pragma", "expires");
        assertThat(cached.headers().allValues("Vary")).containsExactly(
                "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Accept, Accept-Encoding");
        assertThat(JsonMapper.builder().build().readTree(cached.body()).path("features").size())
                .isGreaterThanOrEqualTo(PLACES);

        HttpResponse<byte[]> zipped = get(url, "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValueAsLong("Content-Length")).hasValue(zipped.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(cached.body());
        }

        HttpResponse<byte[]> crossOrigin = get(url, "Origin", "https://maps.example.org");
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(crossOrigin.body()).isEqualTo(cached.body());

        String etag = cached.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get(url, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void repeatsACachedEventsPageWithTheHeadersOfItsFullHandling() throws Exception {
        FeedFixtures.reset(jdbc);
        events.publishEvent(new StoreChanged("fixtures loaded"));
        String url = "/ogc/collections/events/items?datetime=2014-01-01/2017-12-31&bbox=30,25,50,45&limit=50";

        HttpResponse<byte[]> first = get(url);
        HttpResponse<byte[]> cached = get(url);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(first.body()).path("features").size()).isPositive();
        assertThat(cached.body()).isEqualTo(first.body());
        assertThat(withoutDate(cached.headers().map())).isEqualTo(withoutDate(first.headers().map()));
        assertThat(get(url, "Origin", "https://maps.example.org").headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }
}
