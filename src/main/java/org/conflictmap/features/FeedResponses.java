package org.conflictmap.features;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a feed document as JSON (with the given media type) or HTML, with a strong {@code ETag}
 * (SHA-256 of the body), {@code Last-Modified} (the last time an article was stored or processed,
 * which is when the derived tables change), {@code Cache-Control: public, max-age}, and answers
 * {@code If-None-Match} / {@code If-Modified-Since} with 304. {@code If-None-Match} wins when both
 * are sent (RFC 9110).
 */
@Component
class FeedResponses {

    private final ObjectMapper json;
    private final JdbcClient jdbc;
    private final FeaturesProperties properties;

    FeedResponses(ObjectMapper json, JdbcClient jdbc, FeaturesProperties properties) {
        this.json = json;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    ResponseEntity<byte[]> write(HttpServletRequest request, Representation representation, String title,
                                 JsonNode document, String jsonType) {
        byte[] body;
        MediaType type;
        if (representation == Representation.HTML) {
            body = HtmlPage.render(title, document).getBytes(StandardCharsets.UTF_8);
            type = new MediaType("text", "html", StandardCharsets.UTF_8);
        } else {
            body = json.writeValueAsBytes(document);
            type = MediaType.parseMediaType(jsonType);
        }
        return cached(request, body, type);
    }

    ResponseEntity<byte[]> cached(HttpServletRequest request, byte[] body, MediaType type) {
        String etag = "\"" + sha256(body) + "\"";
        Instant modified = lastModified();
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(modified);
        headers.setCacheControl(CacheControl.maxAge(Duration.ofSeconds(properties.maxAgeSeconds())).cachePublic());
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (notModified(request, etag, modified)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(type);
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && !modified.truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Instant lastModified() {
        List<OffsetDateTime> last = jdbc.sql("SELECT MAX(CASE WHEN processed_at IS NULL OR processed_at < "
                        + "received_at THEN received_at ELSE processed_at END) FROM article")
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).list();
        return last.isEmpty() || last.get(0) == null ? Instant.EPOCH
                : last.get(0).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
