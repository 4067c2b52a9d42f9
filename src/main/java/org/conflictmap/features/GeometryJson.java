package org.conflictmap.features;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JTS geometries as RFC 7946 GeoJSON: longitude, latitude; six decimals (about 0.1 m);
 * polygon exteriors counter-clockwise and holes clockwise (the right-hand rule); no {@code crs}.
 * An empty geometry is written as {@code null}. Stateless.
 */
final class GeometryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double SCALE = 1e6;

    private GeometryJson() {
    }

    static JsonNode write(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        node.put("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint)
                && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
            ArrayNode members = node.putArray("geometries");
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                members.add(write(collection.getGeometryN(i)));
            }
            return node;
        }
        node.set("coordinates", coordinates(geometry));
        return node;
    }

    private static ArrayNode coordinates(Geometry geometry) {
        if (geometry instanceof Point point) {
            return position(point.getCoordinate());
        }
        if (geometry instanceof LineString line) {
            return positions(line.getCoordinates());
        }
        if (geometry instanceof Polygon polygon) {
            ArrayNode rings = NODES.arrayNode();
            rings.add(ring(polygon.getExteriorRing(), true));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                rings.add(ring(polygon.getInteriorRingN(i), false));
            }
            return rings;
        }
        ArrayNode parts = NODES.arrayNode();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            parts.add(coordinates(geometry.getGeometryN(i)));
        }
        return parts;
    }

    private static ArrayNode ring(LinearRing ring, boolean exterior) {
        Coordinate[] coordinates = ring.getCoordinates();
        if (Orientation.isCCW(coordinates) != exterior) {
            coordinates = ring.reverse().getCoordinates();
        }
        return positions(coordinates);
    }

    private static ArrayNode positions(Coordinate[] coordinates) {
        ArrayNode array = NODES.arrayNode();
        for (Coordinate c : coordinates) {
            array.add(position(c));
        }
        return array;
    }

    private static ArrayNode position(Coordinate c) {
        return NODES.arrayNode().add(round(c.x)).add(round(c.y));
    }

    static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }
}
