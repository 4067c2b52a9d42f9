package org.conflictmap.features;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a feed document as JSON (with the given media type) or HTML, with a weak {@code ETag}
 * (SHA-256 of the body; weak because the same body may travel gzip-compressed, and Tomcat does not
 * compress responses with a strong one), compared weakly as RFC 9110 asks for {@code If-None-Match},
 * {@code Last-Modified} ({@link StoreVersion#lastModified()}), {@code Cache-Control: public, max-age},
 * and answers {@code If-None-Match} / {@code If-Modified-Since} with 304. {@code If-None-Match} wins
 * when both are sent (RFC 9110). {@link ItemResponseCache} serves the day slices with strong tags.
 */
@Component
class FeedResponses {

    private final ObjectMapper json;
    private final StoreVersion version;
    private final FeaturesProperties properties;

    FeedResponses(ObjectMapper json, StoreVersion version, FeaturesProperties properties) {
        this.json = json;
        this.version = version;
        this.properties = properties;
    }

    /** A rendered body and its media type. */
    record Body(byte[] bytes, MediaType type) {
    }

    ResponseEntity<byte[]> write(HttpServletRequest request, Representation representation, String title,
                                 JsonNode document, String jsonType) {
        Body body = render(representation, title, document, jsonType);
        return cached(request, body.bytes(), body.type());
    }

    Body render(Representation representation, String title, JsonNode document, String jsonType) {
        if (representation == Representation.HTML) {
            return new Body(HtmlPage.render(title, document).getBytes(StandardCharsets.UTF_8),
                    new MediaType("text", "html", StandardCharsets.UTF_8));
        }
        return new Body(json.writeValueAsBytes(document), MediaType.parseMediaType(jsonType));
    }

    ResponseEntity<byte[]> cached(HttpServletRequest request, byte[] body, MediaType type) {
        String etag = "W/\"" + sha256(body) + "\"";
        Instant modified = version.lastModified();
        HttpHeaders headers = headers(etag, modified);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (notModified(request, etag, modified)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(type);
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    HttpHeaders headers(String etag, Instant modified) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(modified);
        headers.setCacheControl(CacheControl.maxAge(Duration.ofSeconds(properties.maxAgeSeconds())).cachePublic());
        return headers;
    }

    /**
     * Whether the client's copy is current: any {@code If-None-Match} tag equal to {@code etag} by weak
     * comparison (a {@code -gzip} suffix of a strong tag ignored, since both encodings carry the same
     * content), else {@code If-Modified-Since} not before {@code modified}.
     */
    static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String own = opaque(etag);
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(own)) {
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

    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.endsWith(ItemResponseCache.GZIP_SUFFIX + "\"")
                ? t.substring(0, t.length() - ItemResponseCache.GZIP_SUFFIX.length() - 1) + "\"" : t;
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
