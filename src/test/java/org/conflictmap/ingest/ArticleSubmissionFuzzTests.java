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


/**
 * Fuzzes {@link ArticleSubmissionReader#read(byte[])}, the reader of request bodies, with arbitrary
 * bytes: each yields a submission that keeps the reader's promises (non-blank text within the byte
 * limit, a publication day from 1900 to tomorrow, no NUL and no unpaired surrogate in any field, an
 * http(s) url) or is refused with an {@link InvalidInputException} carrying a 4xx and a field name.
 * Seeds under
 * {@code src/test/resources/org/conflictmap/ingest/ArticleSubmissionFuzzTestsInputs/}.
 */
class ArticleSubmissionFuzzTests {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final ArticleSubmissionReader READER = new ArticleSubmissionReader(new IngestProperties(2000, 1),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"{", "}", "\"text\":", "\"published\":", "\"title\":", "\"url\":", "\"source\":", "null",
        "\"2015-06-01\"", "\"2015-06-01T10:00:00+03:00\"", "T", "\\u0000", "[", "]", "1e999", "\"99999-01-01\"", "\\uD800", "\uFEFF", "\"url\":\"javascript:"})
    void submissionIsValidOrA4xx(byte[] input) {
        ArticleSubmission submission;
        try {
            submission = READER.read(input);
        } catch (InvalidInputException e) {
            assertThat(e.status().is4xxClientError()).isTrue();
            assertThat(e.field()).isNotNull();
            return;
        }
        assertThat(submission.text()).isNotBlank().doesNotContain("\u0000");
        assertThat(submission.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2000);
        assertThat(submission.published()).isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 1, 16));
        for (String field : new String[] {submission.title(), submission.source(), submission.url(), submission.text()}) {
            assertThat(field == null || field.indexOf('\u0000') < 0).as("NUL in %s", field).isTrue();
            assertThat(field == null || StandardCharsets.UTF_8.newEncoder().canEncode(field))
                    .as("well-formed Unicode: %s", field).isTrue();
        }
        assertThat(submission.url() == null || submission.url().matches("(?i)https?://.+")).isTrue();
    }
}
