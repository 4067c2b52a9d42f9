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

/** The service as a user meets it: a real port, the map page, health and info. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceStartTests {

    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("conflictmap-start-test");
        registry.add("conflictmap.data-dir", dataDir::toString);
        registry.add("conflictmap.admin-token", () -> "");
        registry.add("conflictmap.demo.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsHealthyWhenTheStoreAnswers() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void showsTheVersionInInfo() throws Exception {
        assertThat(get("/actuator/info").body()).contains("\"version\"").contains("conflict-map");
    }

    @Test
    void servesTheMapPageAndLeafletFromTheWebJar() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("leaflet");
        assertThat(get("/webjars/leaflet/dist/leaflet.js").statusCode()).isEqualTo(200);
    }

    @Test
    void generatesAnAdminTokenAndKeepsOnlyItsHash() throws Exception {
        Path hashFile = dataDir.resolve(AdminToken.HASH_FILE);
        assertThat(hashFile).exists();
        assertThat(Files.readString(hashFile).strip()).matches("[0-9a-f]{64}");
    }
}
