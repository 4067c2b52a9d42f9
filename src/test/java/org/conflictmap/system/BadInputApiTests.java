package org.conflictmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictmap.persistence.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests against the whole service on a real port, one per row of
 * {@code fixtures/system/bad-input-cases.txt} (see {@link BadInputCase} for the table's format). Every
 * request gets the status its row names and never a 5xx; a 4xx from the application is
 * {@code application/problem+json} whose {@code status} matches; and no request changes the store
 * (the row count of every table, and the articles' ids, titles and states, are the same afterwards).
 * The store holds one article whose every text field carries markup, so the HTML rows show it escaped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputApiTests {

    static final String TOKEN = "bad-input-test-token";
    static final String CASES = "fixtures/system/bad-input-cases.txt";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> RAW_MARKUP = List.of("<script", "<img", "<svg", "<b ");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("conflictmap-bad-input");
        DataSource store = TestStores.h2(dir);
        new ResourceDatabasePopulator(new ClassPathResource("fixtures/system/hostile-store.sql")).execute(store);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> TOKEN);
        registry.add("conflictmap.demo.enabled", () -> "false");
        registry.add("conflictmap.ingest.max-text-bytes", () -> "2000");
        registry.add("conflictmap.max-request-bytes", () -> "20000");
        registry.add("conflictmap.features.limit-max", () -> "50");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static List<BadInputCase> cases() {
        return BadInputCase.load(CASES, TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsItsDocumentedAnswerAndLeavesTheStoreAlone(BadInputCase c) throws Exception {
        Map<String, Object> before = fingerprint();
        RawHttp.Response response = RawHttp.send(port, c.request(port));
        assertThat(response.status()).as("status; body: %s", shortened(response.text())).isLessThan(500)
                .isEqualTo(c.status());
        switch (c.check()) {
            case "plain" -> { }
            case "escaped", "clean" -> {
                assertThat(response.contentType()).startsWith("text/html");
                String page = response.text().toLowerCase(Locale.ROOT);
                if (c.check().equals("escaped")) {
                    assertThat(page).as("the stored markup, escaped").contains("&lt;");
                }
                RAW_MARKUP.forEach(tag -> assertThat(page).as("unescaped %s", tag).doesNotContain(tag));
            }
            case "" -> {
                if (c.status() >= 400) {
                    assertThat(response.contentType()).as("content type; body: %s", shortened(response.text()))
                            .startsWith("application/problem+json");
                    JsonNode problem = JSON.readTree(response.body());
                    assertThat(problem.path("status").asInt()).isEqualTo(c.status());
                }
            }
            default -> throw new IllegalArgumentException("unknown check '" + c.check() + "' on line " + c.line());
        }
        assertThat(fingerprint()).as("store after the request").isEqualTo(before);
    }

    /** Rows per table, plus every article's id, title and state. */
    private Map<String, Object> fingerprint() {
        Map<String, Object> print = new LinkedHashMap<>();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list();
        for (String table : tables) {
            print.put(table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
        }
        print.put("articles", jdbc.sql("SELECT id, title, status FROM article ORDER BY id")
                .query((rs, row) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list());
        return print;
    }

    private static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
