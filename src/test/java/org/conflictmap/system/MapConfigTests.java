package org.conflictmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the map page learns from the server: tiles, attribution, the offline basemap, framing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapConfigTests {

    static final String LAND = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("conflictmap-mapconfig-test");
        Path geodata = Files.createTempDirectory("conflictmap-mapconfig-geodata");
        Files.createDirectories(geodata.resolve("basemap"));
        Files.writeString(geodata.resolve("basemap/land-50m.geojson"), LAND);
        registry.add("conflictmap.data-dir", dataDir::toString);
        registry.add("conflictmap.admin-token", () -> "");
        registry.add("conflictmap.demo.enabled", () -> "false");
        registry.add("conflictmap.geodata", () -> geodata.toUri().toString());
        registry.add("conflictmap.map.tile-url", () -> "https://tiles.example/{z}/{x}/{y}.png");
        registry.add("conflictmap.map.tile-attribution", () -> "© Example tiles");
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givesTheTileSettingsAndOnlyTheBasemapFilesThatExist() throws Exception {
        HttpResponse<String> config = get("/api/map-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"tileUrl\":\"https://tiles.example/{z}/{x}/{y}.png\"")
                .contains("\"tileAttribution\":\"© Example tiles\"")
                .contains("\"basemap\":[\"/basemap/land-50m.geojson\"]")
                .doesNotContain("countries-50m");
    }

    @Test
    void servesTheBasemapFilesFromTheReferenceData() throws Exception {
        HttpResponse<String> land = get("/basemap/land-50m.geojson");
        assertThat(land.statusCode()).isEqualTo(200);
        assertThat(land.body()).isEqualTo(LAND);
        assertThat(get("/basemap/countries-50m.geojson").statusCode()).isEqualTo(404);
    }

    @Test
    void letsOtherSitesFrameTheMapPage() throws Exception {
        HttpResponse<String> page = get("/?embed=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(get("/article.html").statusCode()).isEqualTo(200);
    }
}
