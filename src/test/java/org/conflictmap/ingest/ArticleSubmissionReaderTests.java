package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.conflictmap.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ArticleSubmissionReaderTests {

    private final Clock clock = Clock.fixed(Instant.parse("2017-07-10T12:00:00Z"), ZoneOffset.UTC);
    private final ArticleSubmissionReader reader = new ArticleSubmissionReader(new IngestProperties(100, 1), clock);
    private final JsonMapper json = JsonMapper.builder().build();

    private ArticleSubmission read(String body) {
        return reader.read(json.readTree(body));
    }

    private void assertRefused(String body, String field) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }

    @Test
    void readsAPlainDate() {
        ArticleSubmission s = read("{\"title\":\"T\",\"source\":\"S\",\"url\":\" https://x.org/1 \","
                + "\"published\":\"2017-07-09\",\"text\":\"Some text\"}");
        assertThat(s.published()).isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(s.publishedAt()).isNull();
        assertThat(s.url()).isEqualTo("https://x.org/1");
    }

    @Test
    void readsADateTimeWithOffsetKeepingTheLocalDay() {
        ArticleSubmission s = read("{\"published\":\"2017-07-09T23:30:00-05:00\",\"text\":\"x\"}");
        assertThat(s.published()).isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(s.publishedAt().toInstant()).isEqualTo(Instant.parse("2017-07-10T04:30:00Z"));
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertRefused("[1,2]", "body");
        assertRefused("\"text\"", "body");
    }

    @Test
    void refusesMissingOrBlankText() {
        assertRefused("{\"published\":\"2017-07-09\"}", "text");
        assertRefused("{\"published\":\"2017-07-09\",\"text\":\"  \\n \"}", "text");
    }

    @Test
    void refusesTextOverTheLimitAsTooLarge() {
        assertThatThrownBy(() -> read("{\"published\":\"2017-07-09\",\"text\":\"" + "é".repeat(51) + "\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                });
    }

    @Test
    void refusesImpossibleMalformedFarFutureAndAncientDates() {
        assertRefused("{\"published\":\"2017-02-30\",\"text\":\"x\"}", "published");
        assertRefused("{\"published\":\"yesterday\",\"text\":\"x\"}", "published");
        assertRefused("{\"published\":\"2017-07-12\",\"text\":\"x\"}", "published");
        assertRefused("{\"published\":\"0999-01-01\",\"text\":\"x\"}", "published");
        assertRefused("{\"text\":\"x\"}", "published");
    }

    @Test
    void acceptsTomorrowForPublishersAheadOfTheServerClock() {
        assertThat(read("{\"published\":\"2017-07-11\",\"text\":\"x\"}").published()).isEqualTo(LocalDate.of(2017, 7, 11));
    }

    @Test
    void refusesWrongTypesAndUnknownFields() {
        assertRefused("{\"published\":\"2017-07-09\",\"text\":42}", "text");
        assertRefused("{\"published\":\"2017-07-09\",\"text\":\"x\",\"title\":[\"a\"]}", "title");
        assertRefused("{\"published\":\"2017-07-09\",\"text\":\"x\",\"pubished\":\"2017\"}", "pubished");
    }

    @Test
    void refusesNulCharacters() {
        assertRefused("{\"published\":\"2017-07-09\",\"text\":\"a\\u0000b\"}", "text");
    }

    @Test
    void keepsNonAsciiTextExactly() {
        String text = "Qaraqosh (بخديدا) — “retaken” ✓";
        JsonNode body = json.createObjectNode().put("published", "2017-07-01").put("text", text);
        assertThat(reader.read(body).text()).isEqualTo(text);
    }

    @Test
    void refusesUnpairedSurrogatesInAnyField() {
        assertRefused("{\"published\":\"2017-07-09\",\"text\":\"a\\uD800b\"}", "text");
        assertRefused("{\"published\":\"2017-07-09\",\"text\":\"x\",\"title\":\"\\uDC00\"}", "title");
        assertThat(read("{\"published\":\"2017-07-09\",\"text\":\"\\uD83D\\uDCA5\"}").text()).isEqualTo("\uD83D\uDCA5");
    }

    @Test
    void acceptsOnlyAbsoluteWebUrls() {
        for (String url : new String[] {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//host/a", "/a",
            "https://", "https://a b.org/"}) {
            assertRefused("{\"published\":\"2017-07-09\",\"text\":\"x\",\"url\":\"" + url + "\"}", "url");
        }
        assertThat(read("{\"published\":\"2017-07-09\",\"text\":\"x\",\"url\":\"HTTP://x.org?q=1\"}").url())
                .isEqualTo("HTTP://x.org?q=1");
    }

    @Test
    void readsBodiesOnlyAsStrictUtf8WithEachFieldOnce() {
        byte[] overlongSlash = "{\"published\":\"2017-07-09\",\"text\":\"a_b\"}".getBytes(StandardCharsets.UTF_8);
        int at = new String(overlongSlash, StandardCharsets.UTF_8).indexOf('_');
        byte[] withOverlong = new byte[overlongSlash.length + 1];
        System.arraycopy(overlongSlash, 0, withOverlong, 0, at);
        withOverlong[at] = (byte) 0xC0;
        withOverlong[at + 1] = (byte) 0xAF;
        System.arraycopy(overlongSlash, at + 1, withOverlong, at + 2, overlongSlash.length - at - 1);
        assertRefusedBytes(withOverlong, "body");
        assertRefusedBytes("{\"published\":\"2017-07-09\",\"text\":\"a\",\"text\":\"b\"}".getBytes(StandardCharsets.UTF_8), "body");
        assertRefusedBytes("{\"published\":\"2017-07-09\",\"text\":\"a\"} {}".getBytes(StandardCharsets.UTF_8), "body");
        assertThat(reader.read("\uFEFF{\"published\":\"2017-07-09\",\"text\":\"é\"}".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("é");
    }

    private void assertRefusedBytes(byte[] body, String field) {
        assertThatThrownBy(() -> reader.read(body)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
