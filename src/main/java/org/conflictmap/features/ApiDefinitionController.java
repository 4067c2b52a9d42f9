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

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /ogc/api}: the OpenAPI 3.0 definition of the whole service, a hand-written resource
 * ({@code openapi/conflict-map.json}, self-contained: no external {@code $ref}) whose server URL is set
 * to this service's base.
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
        document.putArray("servers").addObject().put("url", Links.absolute("/"));
        return responses.write(request, Representation.of(f, accept), "API definition", document, Ogc.OPENAPI_JSON);
    }
}
