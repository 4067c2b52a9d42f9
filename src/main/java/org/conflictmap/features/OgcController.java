package org.conflictmap.features;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.conflictmap.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/** OGC API - Features endpoints under {@code /ogc}, each in JSON and HTML. */
@RestController
@RequestMapping("/ogc")
class OgcController {

    private final CollectionRegistry registry;
    private final OgcDocuments documents;
    private final FeatureQueryReader reader;
    private final FeedResponses responses;
    private final ItemResponseCache itemCache;

    OgcController(CollectionRegistry registry, OgcDocuments documents, FeatureQueryReader reader,
                  FeedResponses responses, ItemResponseCache itemCache) {
        this.registry = registry;
        this.documents = documents;
        this.reader = reader;
        this.responses = responses;
        this.itemCache = itemCache;
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> landing(HttpServletRequest request, @RequestParam(name = "f", required = false) String f,
                                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return responses.write(request, Representation.of(f, accept), "conflict-map: OGC API - Features",
                documents.landing(), Ogc.JSON);
    }

    @GetMapping("/conformance")
    ResponseEntity<byte[]> conformance(HttpServletRequest request, @RequestParam(name = "f", required = false) String f,
                                       @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return responses.write(request, Representation.of(f, accept), "Conformance", documents.conformance(), Ogc.JSON);
    }

    @GetMapping("/collections")
    ResponseEntity<byte[]> collections(HttpServletRequest request, @RequestParam(name = "f", required = false) String f,
                                       @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return responses.write(request, Representation.of(f, accept), "Collections", documents.collections(), Ogc.JSON);
    }

    @GetMapping("/collections/{id}")
    ResponseEntity<byte[]> collection(HttpServletRequest request, @PathVariable String id,
                                      @RequestParam(name = "f", required = false) String f,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        CollectionSource source = registry.get(id);
        return responses.write(request, Representation.of(f, accept), "Collection " + id,
                documents.collection(source), Ogc.JSON);
    }

    @GetMapping("/collections/{id}/queryables")
    ResponseEntity<byte[]> queryables(HttpServletRequest request, @PathVariable String id,
                                      @RequestParam(name = "f", required = false) String f,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        CollectionSource source = registry.get(id);
        return responses.write(request, Representation.of(f, accept), "Queryables of " + id,
                documents.queryables(source), Ogc.SCHEMA_JSON);
    }

    /** Day slices are written by the response cache itself (a null entity: the response is complete). */
    @GetMapping("/collections/{id}/items")
    ResponseEntity<byte[]> items(HttpServletRequest request, HttpServletResponse response, @PathVariable String id,
                                 @RequestParam(name = "f", required = false) String f,
                                 @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        CollectionSource source = registry.get(id);
        Representation representation = Representation.of(f, accept);
        FeatureQuery query = reader.read(request.getParameterMap(), source);
        if (source.cachedResponses()) {
            itemCache.respond(request, response, representation, () -> responses.render(representation,
                    "Features of " + id, FeatureCollectionJson.page(id, source.items(query), query), Ogc.GEOJSON));
            return null;
        }
        ObjectNode page = FeatureCollectionJson.page(id, source.items(query), query);
        return responses.write(request, representation, "Features of " + id, page, Ogc.GEOJSON);
    }

    @GetMapping("/collections/{id}/items/{featureId}")
    ResponseEntity<byte[]> item(HttpServletRequest request, @PathVariable String id, @PathVariable String featureId,
                                @RequestParam(name = "f", required = false) String f,
                                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        CollectionSource source = registry.get(id);
        Representation representation = Representation.of(f, accept);
        FeatureQuery query = reader.readItem(request.getParameterMap(), source);
        Feature feature = source.item(featureId, query)
                .orElseThrow(() -> new NotFoundException("No feature '" + shorten(featureId) + "' in " + id + "."));
        return responses.write(request, representation, "Feature " + featureId + " of " + id,
                FeatureCollectionJson.single(id, feature), Ogc.GEOJSON);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
