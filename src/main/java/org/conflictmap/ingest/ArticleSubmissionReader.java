package org.conflictmap.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Pattern;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a submitted JSON document and turns it into an {@link ArticleSubmission}. Every refusal
 * is an {@link InvalidInputException} naming the field: a body that is not strict UTF-8 or not one
 * well-formed JSON object (a name given twice included), a field of the wrong type, text that is not
 * well-formed Unicode (an unpaired surrogate) or holds NUL, blank or oversized text, a url that is not
 * an absolute http(s) URL, a missing, impossible or far-future publication date.
 */
@Component
public class ArticleSubmissionReader {

    static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1900, 1, 1);
    private static final Set<String> FIELDS = Set.of("title", "source", "url", "published", "text");
    /** An absolute http(s) URL: scheme, a host, no spaces or control characters. */
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private final IngestProperties limits;
    private final Clock clock;

    public ArticleSubmissionReader(IngestProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Reads a request body: strict UTF-8 (no overlong forms, no encoded surrogates, nothing above
     * U+10FFFF; one leading byte-order mark is allowed), one JSON document, no name twice.
     */
    public ArticleSubmission read(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "The request body is not valid UTF-8.");
        }
        JsonNode document;
        try {
            document = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "The request body is not a well-formed JSON document"
                    + (e.getMessage() != null && e.getMessage().contains("Duplicate") ? " (a field is given twice)." : "."));
        }
        return read(document);
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
        if (url != null && !url.isBlank() && !WEB_URL.matcher(url.strip()).matches()) {
            throw new InvalidInputException("url", "'url' must be an absolute http or https URL.");
        }
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
        if (hasUnpairedSurrogate(s)) {
            throw new InvalidInputException(field, "'" + field + "' is not well-formed Unicode (an unpaired surrogate).");
        }
        return s;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
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
