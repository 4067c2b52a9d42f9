package org.conflictmap.features;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports for analysts: {@code GET /api/exports/events.csv} with the parameters of the {@code events}
 * collection ({@code datetime}, {@code bbox}, {@code faction}, {@code type}, {@code known_at}; no
 * paging, no {@code filter}). Parameters are checked before the first byte is sent.
 */
@RestController
class ExportController {

    private final EventFeatures events;
    private final FeatureQueryReader reader;
    private final EventCsvExport csv;
    private final FeaturesProperties properties;

    ExportController(EventFeatures events, FeatureQueryReader reader, EventCsvExport csv,
                     FeaturesProperties properties) {
        this.events = events;
        this.reader = reader;
        this.csv = csv;
        this.properties = properties;
    }

    @GetMapping("/api/exports/events.csv")
    ResponseEntity<StreamingResponseBody> eventsCsv(HttpServletRequest request) {
        FeatureQuery query = reader.readExport(request.getParameterMap(), events);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename("events.csv").build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(properties.maxAgeSeconds())).cachePublic())
                .body(out -> csv.write(query, out));
    }
}
