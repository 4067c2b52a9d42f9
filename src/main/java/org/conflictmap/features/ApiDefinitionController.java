package org.conflictmap.features;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /ogc/api}: the OpenAPI 3.0 definition of the whole service, a hand-written resource
 * ({@code openapi/conflict-map.json}, self-contained: no external {@code $ref}). Its server is the
 * landing page ({@code /ogc}, the base of the OGC paths, as the OGC conformance suite expects); paths
 * outside the OGC API carry their own server, the service root. Both become absolute URLs of this
 * service.
 */
@RestController
class ApiDefinitionController {

    static final String RESOURCE = "openapi/conflict-map.json";

    private final ObjectNode definition;
    private final FeedResponses responses;

    ApiDefinitionController(ObjectMapper json, FeedResponses responses) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.definition = (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        this.responses = responses;
    }

    @GetMapping("/ogc/api")
    ResponseEntity<byte[]> definition(HttpServletRequest request, @RequestParam(name = "f", required = false) String f,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ObjectNode document = definition.deepCopy();
        absolute(document.path("servers"));
        document.path("paths").forEach(path -> absolute(path.path("servers")));
        return responses.write(request, Representation.of(f, accept), "API definition", document, Ogc.OPENAPI_JSON);
    }

    /** Server URLs given from the service root ({@code /ogc}, {@code /}) become absolute URLs of this service. */
    private static void absolute(JsonNode servers) {
        for (JsonNode server : servers) {
            String url = server.path("url").asString();
            if (url.startsWith("/")) {
                ((ObjectNode) server).put("url", Links.absolute(url));
            }
        }
    }
}
