package org.conflictmap.features;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The spherical Mercator projection (metres at the equator), used to build territory cells: it is
 * conformal, so within the few tens of kilometres a cell spans, the bisector of two places is where
 * it is on the ground. Latitudes are clamped to +-85 degrees. Stateless.
 */
final class Mercator {

    static final double RADIUS = 6_378_137.0;
    private static final double MAX_LAT = 85.0;

    private Mercator() {
    }

    static Coordinate forward(double lon, double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return new Coordinate(RADIUS * Math.toRadians(lon), RADIUS * Math.log(Math.tan(Math.PI / 4 + phi / 2)));
    }

    /** A copy of a projected geometry in longitude/latitude. */
    static Geometry inverse(Geometry projected) {
        Geometry copy = projected.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                seq.setOrdinate(i, 0, Math.toDegrees(x / RADIUS));
                seq.setOrdinate(i, 1, Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(4326);
        return copy;
    }
}
