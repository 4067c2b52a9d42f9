package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** RFC 7946 checks on written geometries: lon/lat ranges, closed rings, right-hand rule, 6 decimals. */
final class GeoJsonChecks {

    private GeoJsonChecks() {
    }

    static void assertValidPolygons(JsonNode geometry) {
        String type = geometry.path("type").asString();
        assertThat(type).isIn("Polygon", "MultiPolygon");
        JsonNode polygons = type.equals("Polygon") ? wrap(geometry.path("coordinates")) : geometry.path("coordinates");
        for (JsonNode polygon : polygons) {
            for (int r = 0; r < polygon.size(); r++) {
                JsonNode ring = polygon.get(r);
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                double signed = 0;
                for (int i = 0; i < ring.size() - 1; i++) {
                    JsonNode p = ring.get(i);
                    JsonNode q = ring.get(i + 1);
                    assertPosition(p);
                    signed += p.get(0).asDouble() * q.get(1).asDouble() - q.get(0).asDouble() * p.get(1).asDouble();
                }
                if (r == 0) {
                    assertThat(signed).as("exterior ring counter-clockwise").isPositive();
                } else {
                    assertThat(signed).as("hole clockwise").isNegative();
                }
            }
        }
    }

    static void assertPosition(JsonNode position) {
        assertThat(position.size()).isEqualTo(2);
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        assertThat(lon).isBetween(-180.0, 180.0);
        assertThat(lat).isBetween(-90.0, 90.0);
        assertThat(Math.round(lon * 1e6) / 1e6).isEqualTo(lon);
        assertThat(Math.round(lat * 1e6) / 1e6).isEqualTo(lat);
    }

    private static JsonNode wrap(JsonNode polygon) {
        return FeedApiTest.JSON.createArrayNode().add(polygon);
    }
}
