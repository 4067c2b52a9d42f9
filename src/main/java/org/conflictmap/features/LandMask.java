package org.conflictmap.features;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Land polygons (longitude/latitude) that territory is clipped to, indexed for quick lookup: whole
 * polygons (prepared) answer whether an area lies inland or at sea, and pieces of at most
 * {@value #PIECE_POINTS} points (the polygons cut into quarters until small) are what a coastal area is
 * intersected with, so clipping a small area never walks a continent's coastline.
 * {@link #NONE} clips nothing. Immutable and thread-safe once built.
 */
final class LandMask {

    static final LandMask NONE = new LandMask(List.of());

    static final int PIECE_POINTS = 256;

    private final STRtree index = new STRtree();
    private final STRtree pieces = new STRtree();
    private final int size;

    LandMask(List<Geometry> polygons) {
        for (Geometry polygon : polygons) {
            for (int i = 0; i < polygon.getNumGeometries(); i++) {
                Geometry part = polygon.getGeometryN(i);
                index.insert(part.getEnvelopeInternal(), PreparedGeometryFactory.prepare(part));
                cut(part, part.getEnvelopeInternal());
            }
        }
        index.build();
        pieces.build();
        this.size = polygons.size();
    }

    /** Adds the polygonal parts of {@code land} (lying in {@code box}) as pieces, quartering big ones. */
    private void cut(Geometry land, Envelope box) {
        if (land.getNumPoints() <= PIECE_POINTS || box.getWidth() < 1e-3) {
            for (int i = 0; i < land.getNumGeometries(); i++) {
                Geometry piece = land.getGeometryN(i);
                if (piece instanceof Polygon && !piece.isEmpty()) {
                    pieces.insert(piece.getEnvelopeInternal(), PreparedGeometryFactory.prepare(piece));
                }
            }
            return;
        }
        double midX = box.centre().x;
        double midY = box.centre().y;
        for (Envelope quarter : List.of(new Envelope(box.getMinX(), midX, box.getMinY(), midY),
                new Envelope(midX, box.getMaxX(), box.getMinY(), midY),
                new Envelope(box.getMinX(), midX, midY, box.getMaxY()),
                new Envelope(midX, box.getMaxX(), midY, box.getMaxY()))) {
            Geometry part = OverlayNGRobust.overlay(land, land.getFactory().toGeometry(quarter), OverlayNG.INTERSECTION);
            if (!part.isEmpty()) {
                cut(part, quarter);
            }
        }
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
        boolean coastal = false;
        for (Object candidate : index.query(area.getEnvelopeInternal())) {
            PreparedGeometry land = (PreparedGeometry) candidate;
            if (land.containsProperly(area)) {
                return area;
            }
            coastal |= land.intersects(area);
        }
        List<Geometry> parts = new ArrayList<>();
        if (coastal) {
            for (Object candidate : pieces.query(area.getEnvelopeInternal())) {
                PreparedGeometry piece = (PreparedGeometry) candidate;
                if (piece.containsProperly(area)) {
                    return area;
                }
                if (piece.intersects(area)) {
                    parts.add(OverlayNGRobust.overlay(piece.getGeometry(), area, OverlayNG.INTERSECTION));
                }
            }
        }
        if (parts.isEmpty()) {
            return area.getFactory().createPolygon();
        }
        return parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts);
    }
}
