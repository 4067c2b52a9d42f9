package org.conflictmap.features;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The OGC API metadata documents: landing page, conformance, collections, one collection, queryables. */
@Component
class OgcDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    private final FeaturesProperties properties;
    private final CollectionRegistry registry;

    OgcDocuments(FeaturesProperties properties, CollectionRegistry registry) {
        this.properties = properties;
        this.registry = registry;
    }

    ObjectNode landing() {
        ObjectNode root = NODES.objectNode();
        root.put("title", properties.title());
        root.put("description", properties.description());
        ArrayNode links = root.putArray("links");
        Links.add(links, Links.absolute("/ogc?f=json"), Ogc.REL_SELF, Ogc.JSON, "this document");
        Links.add(links, Links.absolute("/ogc?f=html"), Ogc.REL_ALTERNATE, Ogc.HTML, "this document as HTML");
        Links.add(links, Links.absolute("/ogc/api"), Ogc.REL_SERVICE_DESC, Ogc.OPENAPI_JSON, "the API definition");
        Links.add(links, Links.absolute("/ogc/api?f=html"), Ogc.REL_SERVICE_DOC, Ogc.HTML, "the API documentation");
        Links.add(links, Links.absolute("/ogc/conformance"), Ogc.REL_CONFORMANCE, Ogc.JSON, "conformance classes");
        Links.add(links, Links.absolute("/ogc/collections"), Ogc.REL_DATA, Ogc.JSON, "the collections");
        return root;
    }

    ObjectNode conformance() {
        ObjectNode root = NODES.objectNode();
        ArrayNode classes = root.putArray("conformsTo");
        Ogc.CONFORMANCE.forEach(classes::add);
        return root;
    }

    ObjectNode collections() {
        ObjectNode root = NODES.objectNode();
        ArrayNode links = root.putArray("links");
        Links.add(links, Links.absolute("/ogc/collections?f=json"), Ogc.REL_SELF, Ogc.JSON, "this document");
        Links.add(links, Links.absolute("/ogc/collections?f=html"), Ogc.REL_ALTERNATE, Ogc.HTML, "as HTML");
        ArrayNode list = root.putArray("collections");
        registry.all().forEach(c -> list.add(collection(c)));
        return root;
    }

    ObjectNode collection(CollectionSource source) {
        FeaturesProperties.CollectionInfo info = properties.info(source.id());
        String path = "/ogc/collections/" + source.id();
        ObjectNode root = NODES.objectNode();
        root.put("id", source.id());
        root.put("title", info.title());
        root.put("description", info.description());
        root.put("itemType", "feature");
        root.putArray("crs").add(Ogc.CRS84);
        root.set("extent", extent(source.extent()));
        ArrayNode links = root.putArray("links");
        Links.add(links, Links.absolute(path + "?f=json"), Ogc.REL_SELF, Ogc.JSON, "this collection");
        Links.add(links, Links.absolute(path + "?f=html"), Ogc.REL_ALTERNATE, Ogc.HTML, "this collection as HTML");
        Links.add(links, Links.absolute(path + "/items?f=json"), Ogc.REL_ITEMS, Ogc.GEOJSON, "the features");
        Links.add(links, Links.absolute(path + "/items?f=html"), Ogc.REL_ITEMS, Ogc.HTML, "the features as HTML");
        Links.add(links, Links.absolute(path + "/queryables"), Ogc.REL_QUERYABLES, Ogc.SCHEMA_JSON,
                "what a filter may name");
        return root;
    }

    private static ObjectNode extent(Extent extent) {
        ObjectNode node = NODES.objectNode();
        ObjectNode spatial = node.putObject("spatial");
        BoundingBox b = extent.bbox() != null ? extent.bbox() : new BoundingBox(-180, -90, 180, 90);
        spatial.putArray("bbox").addArray().add(b.minLon()).add(b.minLat()).add(b.maxLon()).add(b.maxLat());
        spatial.put("crs", Ogc.CRS84);
        ObjectNode temporal = node.putObject("temporal");
        ArrayNode interval = temporal.putArray("interval").addArray();
        interval.add(instant(extent.start()));
        interval.add(instant(extent.end()));
        temporal.put("trs", GREGORIAN);
        return node;
    }

    private static tools.jackson.databind.JsonNode instant(LocalDate day) {
        return day == null ? NODES.nullNode() : NODES.textNode(day + "T00:00:00Z");
    }

    ObjectNode queryables(CollectionSource source) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", Links.absolute("/ogc/collections/" + source.id() + "/queryables"));
        root.put("type", "object");
        root.put("title", properties.info(source.id()).title());
        ObjectNode props = root.putObject("properties");
        props.putObject(Queryables.GEOMETRY).put("format", "geometry-any");
        for (Map.Entry<String, Class<?>> p : source.queryables().properties().entrySet()) {
            props.putObject(p.getKey()).put("type", jsonType(p.getValue()));
        }
        root.put("additionalProperties", false);
        return root;
    }

    private static String jsonType(Class<?> type) {
        if (type == Boolean.class) {
            return "boolean";
        }
        if (type == Long.class || type == Integer.class) {
            return "integer";
        }
        return Number.class.isAssignableFrom(type) ? "number" : "string";
    }
}
