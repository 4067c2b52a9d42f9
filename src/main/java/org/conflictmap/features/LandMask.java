package org.conflictmap.features;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Land polygons (longitude/latitude) that territory is clipped to, indexed for quick lookup.
 * {@link #NONE} clips nothing. Immutable and thread-safe once built.
 */
final class LandMask {

    static final LandMask NONE = new LandMask(List.of());

    private final STRtree index = new STRtree();
    private final int size;

    LandMask(List<Geometry> polygons) {
        for (Geometry polygon : polygons) {
            for (int i = 0; i < polygon.getNumGeometries(); i++) {
                Geometry part = polygon.getGeometryN(i);
                index.insert(part.getEnvelopeInternal(), PreparedGeometryFactory.prepare(part));
            }
        }
        index.build();
        this.size = polygons.size();
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * The part of {@code area} on land; {@code area} itself when there is no mask. Uses the robust
     * OverlayNG (snapping, then snap-rounding when needed): the legacy overlay throws a
     * {@code TopologyException} on some merged territories.
     */
    Geometry clip(Geometry area) {
        if (isEmpty() || area.isEmpty()) {
            return area;
        }
        List<Geometry> parts = new ArrayList<>();
        for (Object candidate : index.query(area.getEnvelopeInternal())) {
            PreparedGeometry land = (PreparedGeometry) candidate;
            if (land.containsProperly(area)) {
                return area;
            }
            if (land.intersects(area)) {
                parts.add(OverlayNGRobust.overlay(land.getGeometry(), area, OverlayNG.INTERSECTION));
            }
        }
        return parts.isEmpty() ? area.getFactory().createPolygon() : OverlayNGRobust.union(parts);
    }
}
