package org.conflictmap.features;

import java.util.Collection;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON documents for items: a FeatureCollection with {@code numberMatched}, {@code numberReturned}
 * and {@code self}/{@code alternate}/{@code next}/{@code prev}/{@code collection} links, or one Feature.
 */
final class FeatureCollectionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FeatureCollectionJson() {
    }

    static ObjectNode page(String collectionId, FeaturePage page, FeatureQuery query) {
        ObjectNode root = NODES.objectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        page.features().forEach(f -> features.add(feature(f)));
        root.put("numberMatched", page.matched());
        root.put("numberReturned", page.features().size());
        ArrayNode links = root.putArray("links");
        Links.add(links, Links.current(Ogc.P_FORMAT, "json"), Ogc.REL_SELF, Ogc.GEOJSON, "this page");
        Links.add(links, Links.current(Ogc.P_FORMAT, "html"), Ogc.REL_ALTERNATE, Ogc.HTML, "this page as HTML");
        if (query.offset() + page.features().size() < page.matched()) {
            Links.add(links, Links.current(Ogc.P_OFFSET, query.offset() + query.limit()), Ogc.REL_NEXT,
                    Ogc.GEOJSON, "next page");
        }
        if (query.offset() > 0) {
            long previous = Math.max(0, query.offset() - query.limit());
            Links.add(links, Links.current(Ogc.P_OFFSET, previous), Ogc.REL_PREV, Ogc.GEOJSON, "previous page");
        }
        Links.add(links, Links.absolute("/ogc/collections/" + collectionId), Ogc.REL_COLLECTION, Ogc.JSON,
                "the collection");
        return root;
    }

    static ObjectNode single(String collectionId, Feature feature) {
        ObjectNode node = feature(feature);
        ArrayNode links = node.putArray("links");
        String self = "/ogc/collections/" + collectionId + "/items/" + feature.id();
        Links.add(links, Links.current(Ogc.P_FORMAT, "json"), Ogc.REL_SELF, Ogc.GEOJSON, "this feature");
        Links.add(links, Links.current(Ogc.P_FORMAT, "html"), Ogc.REL_ALTERNATE, Ogc.HTML, "this feature as HTML");
        Links.add(links, Links.absolute("/ogc/collections/" + collectionId), Ogc.REL_COLLECTION, Ogc.JSON,
                "the collection");
        return node;
    }

    static ObjectNode feature(Feature feature) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "Feature");
        node.put("id", feature.id());
        node.set("geometry", GeometryJson.write(feature.geometry()));
        node.set("properties", value(feature.properties()));
        return node;
    }

    /** Plain Java values (maps, lists, strings, numbers, booleans, null) as JSON. */
    static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), value(v)));
            return object;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(value(v)));
            return array;
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        return NODES.textNode(value.toString());
    }
}
