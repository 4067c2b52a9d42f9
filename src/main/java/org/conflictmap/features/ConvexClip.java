package org.conflictmap.features;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Intersection of a polygon ring with a convex polygon (Sutherland-Hodgman clipping). For the convex
 * Voronoi cells and discs of territory it gives what a general overlay gives, at a small fraction of
 * the cost. Stateless.
 */
final class ConvexClip {

    private ConvexClip() {
    }

    /**
     * @param subject closed ring to clip (any orientation)
     * @param convex  closed ring of a convex polygon
     * @return the intersection as a polygon, empty when they do not meet
     */
    static Geometry clip(Coordinate[] subject, Coordinate[] convex, GeometryFactory factory) {
        boolean ccw = Orientation.isCCW(convex);
        List<Coordinate> output = new ArrayList<>(List.of(subject).subList(0, subject.length - 1));
        for (int i = 0; i < convex.length - 1 && !output.isEmpty(); i++) {
            Coordinate a = convex[i];
            Coordinate b = convex[i + 1];
            List<Coordinate> input = output;
            output = new ArrayList<>(input.size() + 4);
            for (int j = 0; j < input.size(); j++) {
                Coordinate current = input.get(j);
                Coordinate previous = input.get((j + input.size() - 1) % input.size());
                boolean currentIn = inside(a, b, current, ccw);
                boolean previousIn = inside(a, b, previous, ccw);
                if (currentIn) {
                    if (!previousIn) {
                        output.add(crossing(previous, current, a, b));
                    }
                    output.add(current);
                } else if (previousIn) {
                    output.add(crossing(previous, current, a, b));
                }
            }
        }
        if (output.size() < 3) {
            return factory.createPolygon();
        }
        output.add(new Coordinate(output.get(0)));
        Coordinate[] ring = CoordinateArrays.removeRepeatedPoints(output.toArray(new Coordinate[0]));
        return ring.length < 4 ? factory.createPolygon() : factory.createPolygon(ring);
    }

    private static boolean inside(Coordinate a, Coordinate b, Coordinate p, boolean ccw) {
        double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
        return ccw ? cross >= 0 : cross <= 0;
    }

    private static Coordinate crossing(Coordinate p, Coordinate q, Coordinate a, Coordinate b) {
        double a1 = b.y - a.y;
        double b1 = a.x - b.x;
        double c1 = a1 * a.x + b1 * a.y;
        double a2 = q.y - p.y;
        double b2 = p.x - q.x;
        double c2 = a2 * p.x + b2 * p.y;
        double det = a1 * b2 - a2 * b1;
        if (det == 0) {
            return new Coordinate(q);
        }
        return new Coordinate((b2 * c1 - b1 * c2) / det, (a1 * c2 - a2 * c1) / det);
    }
}
