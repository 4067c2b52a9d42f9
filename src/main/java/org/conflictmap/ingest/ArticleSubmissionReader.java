package org.conflictmap.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Validates a submitted JSON document and turns it into an {@link ArticleSubmission}. Every refusal
 * is an {@link InvalidInputException} naming the field: a body that is not an object, a field of the
 * wrong type, blank or oversized text, a missing, impossible or far-future publication date.
 */
@Component
public class ArticleSubmissionReader {

    static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1900, 1, 1);
    private static final Set<String> FIELDS = Set.of("title", "source", "url", "published", "text");

    private final IngestProperties limits;
    private final Clock clock;

    public ArticleSubmissionReader(IngestProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public ArticleSubmission read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "The request body must be a JSON object.");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, "Unknown field '" + name + "'; expected " + FIELDS + ".");
            }
        }
        String text = optionalString(body, "text", Integer.MAX_VALUE);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "'text' is required and must not be blank.");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > limits.maxTextBytes()) {
            throw new InvalidInputException("text", "'text' is longer than the limit of " + limits.maxTextBytes()
                    + " bytes.", HttpStatus.CONTENT_TOO_LARGE);
        }
        String url = optionalString(body, "url", 4000);
        String published = optionalString(body, "published", 64);
        if (published == null || published.isBlank()) {
            throw new InvalidInputException("published", "'published' is required: an ISO 8601 date or date-time.");
        }
        OffsetDateTime publishedAt = parseDateTime(published.strip());
        LocalDate day = publishedAt == null ? parseDate(published.strip()) : publishedAt.toLocalDate();
        LocalDate latest = LocalDate.now(clock).plusDays(limits.maxDaysAhead());
        if (day.isAfter(latest)) {
            throw new InvalidInputException("published", "'published' is in the future (" + day + ").");
        }
        if (day.isBefore(EARLIEST_PUBLICATION)) {
            throw new InvalidInputException("published", "'published' is before " + EARLIEST_PUBLICATION + ".");
        }
        return new ArticleSubmission(optionalString(body, "title", 1000), optionalString(body, "source", 500),
                url == null || url.isBlank() ? null : url.strip(), day, publishedAt, text);
    }

    private static String optionalString(JsonNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInputException(field, "'" + field + "' must be a string.");
        }
        String s = value.stringValue();
        if (s.length() > maxLength) {
            throw new InvalidInputException(field, "'" + field + "' is longer than " + maxLength + " characters.");
        }
        if (s.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, "'" + field + "' contains a NUL character.");
        }
        return s;
    }

    /** A date-time with offset, or a local date-time taken as UTC; null when the value is a plain date. */
    private static OffsetDateTime parseDateTime(String value) {
        if (value.indexOf('T') < 0 && value.indexOf('t') < 0) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw new InvalidInputException("published", "'published' is not a valid ISO 8601 date-time: " + value);
            }
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidInputException("published", "'published' is not a valid ISO 8601 date: " + value);
        }
    }
}
