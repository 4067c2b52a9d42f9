package org.conflictmap.features;

/**
 * A WGS 84 longitude/latitude box. {@code minLon > maxLon} means the box crosses the antimeridian
 * (RFC 7946, section 5.2); {@link #parts()} then splits it in two.
 */
record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /** One box, or two when the box crosses the antimeridian. */
    BoundingBox[] parts() {
        if (!crossesAntimeridian()) {
            return new BoundingBox[] {this};
        }
        return new BoundingBox[] {new BoundingBox(minLon, minLat, 180, maxLat),
                new BoundingBox(-180, minLat, maxLon, maxLat)};
    }

    boolean contains(double lon, double lat) {
        if (lat < minLat || lat > maxLat) {
            return false;
        }
        return crossesAntimeridian() ? lon >= minLon || lon <= maxLon : lon >= minLon && lon <= maxLon;
    }
}
