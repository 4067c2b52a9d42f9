package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.conflictmap.system.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes {@link ArticleSubmissionReader} with arbitrary JSON documents: every document the JSON parser
 * accepts yields a submission that keeps the reader's promises (non-blank text within the byte limit,
 * a publication day from 1900 to tomorrow, no NUL in any field) or is refused with an
 * {@link InvalidInputException} carrying a 4xx and a field name. Seeds under
 * {@code src/test/resources/org/conflictmap/ingest/ArticleSubmissionFuzzTestsInputs/}.
 */
class ArticleSubmissionFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final ArticleSubmissionReader READER = new ArticleSubmissionReader(new IngestProperties(2000, 1),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"{", "}", "\"text\":", "\"published\":", "\"title\":", "\"url\":", "\"source\":", "null",
        "\"2015-06-01\"", "\"2015-06-01T10:00:00+03:00\"", "T", "\\u0000", "[", "]", "1e999", "\"99999-01-01\""})
    void submissionIsValidOrA4xx(byte[] input) {
        JsonNode body;
        try {
            body = JSON.readTree(new String(input, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return; // not JSON: the web layer answers 400 before the reader runs
        }
        ArticleSubmission submission;
        try {
            submission = READER.read(body);
        } catch (InvalidInputException e) {
            assertThat(e.status().is4xxClientError()).isTrue();
            assertThat(e.field()).isNotBlank();
            return;
        }
        assertThat(submission.text()).isNotBlank().doesNotContain("\u0000");
        assertThat(submission.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2000);
        assertThat(submission.published()).isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 1, 16));
        for (String field : new String[] {submission.title(), submission.source(), submission.url()}) {
            assertThat(field == null || field.indexOf('\u0000') < 0).as("NUL in %s", field).isTrue();
        }
    }
}
