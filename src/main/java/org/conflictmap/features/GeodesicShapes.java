package org.conflictmap.features;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Geodesic circles and areas on the WGS 84 ellipsoid (GeographicLib). Stateless. */
final class GeodesicShapes {

    private static final int CIRCLE_POINTS = 48;

    private GeodesicShapes() {
    }

    /** The circle of {@code radiusMetres} around a point, as a polygon in Mercator coordinates. */
    static Polygon projectedCircle(double lon, double lat, double radiusMetres, GeometryFactory factory) {
        Coordinate[] ring = new Coordinate[CIRCLE_POINTS + 1];
        for (int i = 0; i < CIRCLE_POINTS; i++) {
            double azimuth = 360.0 * i / CIRCLE_POINTS;
            GeodesicData d = Geodesic.WGS84.Direct(lat, lon, azimuth, radiusMetres);
            double east = lon + normalise(d.lon2 - lon);
            ring[CIRCLE_POINTS - i] = Mercator.forward(east, d.lat2);
        }
        ring[0] = new Coordinate(ring[CIRCLE_POINTS]);
        return factory.createPolygon(ring);
    }

    private static double normalise(double deltaLon) {
        return ((deltaLon + 540) % 360) - 180;
    }

    /** Area of a longitude/latitude (multi)polygon in square kilometres, holes subtracted. */
    static double areaKm2(Geometry lonLat) {
        double m2 = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof Polygon polygon) {
                m2 += ringArea(polygon.getExteriorRing().getCoordinates());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    m2 -= ringArea(polygon.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return m2 / 1e6;
    }

    private static double ringArea(Coordinate[] ring) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < ring.length - 1; i++) {
            area.AddPoint(ring[i].y, ring[i].x);
        }
        return Math.abs(area.Compute().area);
    }
}
