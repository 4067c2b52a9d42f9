package org.conflictmap.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a review request body, naming the field at fault in every refusal. The
 * expected version comes from {@code If-Match} (the ETag of {@code GET /api/events/{id}}) or, failing
 * that, from a {@code version} member; a request with neither is refused with 428.
 */
final class ReviewBody {

    static final int MAX_REASON = 2000;

    private final JsonNode body;

    private ReviewBody(JsonNode body) {
        this.body = body;
    }

    /**
     * The body, which must be a JSON object with no member but {@code reason}, {@code version} and the
     * given ones: a misspelt field must not pass as an edit that changes nothing.
     */
    static ReviewBody of(JsonNode body, String... fields) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "The body must be a JSON object");
        }
        Set<String> allowed = new TreeSet<>(Set.of(fields));
        allowed.add("reason");
        allowed.add("version");
        for (String field : body.propertyNames()) {
            if (!allowed.contains(field)) {
                throw new InvalidInputException(field, "Unknown field '" + field + "'; expected " + allowed);
            }
        }
        return new ReviewBody(body);
    }

    boolean has(String field) {
        return body.has(field);
    }

    String reason() {
        String reason = optionalText("reason").orElse("");
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "'reason' is required: say why you make this edit");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "'reason' is longer than " + MAX_REASON + " characters");
        }
        return reason;
    }

    String text(String field) {
        return optionalText(field).filter(s -> !s.isBlank()).orElseThrow(() ->
                new InvalidInputException(field, "'" + field + "' is required and must be a non-empty string"));
    }

    /** The field's text; empty when absent or null. */
    Optional<String> optionalText(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw new InvalidInputException(field, "'" + field + "' must be a string");
        }
        return Optional.of(node.asString().strip());
    }

    long number(String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidInputException(field, "'" + field + "' is required and must be a whole number");
        }
        return node.asLong();
    }

    int offset(String field) {
        long value = number(field);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(field, "'" + field + "' must be an offset into the article text");
        }
        return (int) value;
    }

    Optional<LocalDate> date(String field) {
        return optionalText(field).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "'" + field + "' must be a date like 2015-03-31");
            }
        });
    }

    JsonNode array(String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new InvalidInputException(field, "'" + field + "' must be a non-empty array");
        }
        return node;
    }

    /** The version the client last saw: from {@code If-Match}, else from the body's {@code version}. */
    int expectedVersion(String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Integer.parseInt(tag);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "'If-Match' must be the ETag of the event, like \"3\"");
            }
        }
        if (body.has("version")) {
            long version = number("version");
            if (version < 0 || version > Integer.MAX_VALUE) {
                throw new InvalidInputException("version", "'version' is not a version of this event");
            }
            return (int) version;
        }
        throw new InvalidInputException("If-Match", "Send 'If-Match' with the event's ETag (or 'version' in the body) "
                + "so that edits made meanwhile are not overwritten", HttpStatus.PRECONDITION_REQUIRED);
    }
}
