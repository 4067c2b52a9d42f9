package org.conflictmap.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.union.UnionStrategy;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Territory from control points: each place gets its Voronoi cell (computed in spherical Mercator,
 * which keeps bisectors true at this scale), cut to a geodesic circle of the radius around the place,
 * so a lone town claims at most that disc; each cell is brought back to longitude/latitude and clipped
 * to land on its own (cheap: most cells lie inland, and a coastal cell meets only the land near it),
 * then the cells are merged per faction (contested places apart) by a cascaded JTS OverlayNG union whose
 * result is snap-rounded to the output grid of six decimals. Two places at the same spot share their cell.
 * The clipped cells of the last set of places are kept, so another day with the same places (only their
 * holders changed, the usual case) merely merges them again. Cells are clipped, and factions merged, in
 * parallel on the common fork-join pool. Thread-safe.
 */
final class TerritoryBuilder {

    private static final GeometryFactory PLANE = new GeometryFactory();
    private static final GeometryFactory LON_LAT = Rows.WGS84;
    /**
     * Union on the grid of the GeoJSON output (six decimals of a degree): snap-rounding there makes the
     * union robust, merges cells cut by different discs or coasts cleanly, and the written coordinates
     * are exactly the computed ones, so the rounding on output cannot make a polygon invalid.
     */
    private static final PrecisionModel GRID = new PrecisionModel(1e6);

    private static final UnionStrategy ROBUST_UNION = new UnionStrategy() {
        @Override
        public Geometry union(Geometry a, Geometry b) {
            return OverlayNGRobust.overlay(a, b, OverlayNG.UNION);
        }

        @Override
        public boolean isFloatingPrecision() {
            return true;
        }
    };

    /** Sites (sorted x, y pairs) and their land-clipped cells. */
    private record CellSet(double[] sites, Map<Coordinate, Geometry> cells) {
    }

    private final double radiusMetres;
    private final double simplifyDegrees;
    private final LandMask land;
    private volatile CellSet last;

    /**
     * @param simplifyDegrees tolerance of the simplification of the factions' outlines, done on them as one
     *                        coverage so neighbours keep a common border; 0 keeps every vertex
     */
    TerritoryBuilder(double radiusKm, double simplifyDegrees, LandMask land) {
        this.radiusMetres = radiusKm * 1000;
        this.simplifyDegrees = simplifyDegrees;
        this.land = land;
    }

    List<TerritoryArea> build(List<ControlPoint> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        Map<Coordinate, List<ControlPoint>> sites = new HashMap<>();
        Envelope extent = new Envelope();
        for (ControlPoint p : points) {
            Coordinate site = Mercator.forward(p.lon(), p.lat());
            sites.computeIfAbsent(site, c -> new ArrayList<>()).add(p);
            extent.expandToInclude(site);
        }
        Map<Coordinate, Geometry> onLand = landCells(sites, extent);
        Map<String, List<Geometry>> cells = new TreeMap<>();
        Map<String, List<String>> places = new HashMap<>();
        for (Map.Entry<Coordinate, List<ControlPoint>> site : sites.entrySet()) {
            Geometry cell = onLand.get(site.getKey());
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            for (ControlPoint p : site.getValue()) {
                String key = p.controller() + (p.contested() ? "\u0000contested" : "");
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
                places.computeIfAbsent(key, k -> new ArrayList<>()).add(p.placeId());
            }
        }
        // the groups are merged side by side, on the common fork-join pool and this thread
        List<Map.Entry<String, List<Geometry>>> groups = List.copyOf(cells.entrySet());
        List<Geometry> unions = groups.parallelStream().map(group -> polygons(merge(group.getValue()))).toList();
        List<String> keys = new ArrayList<>();
        List<Geometry> merged = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!unions.get(i).isEmpty()) {
                keys.add(groups.get(i).getKey());
                merged.add(unions.get(i));
            }
        }
        List<Geometry> outlines = simplified(merged);
        List<TerritoryArea> areas = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String[] key = keys.get(i).split("\u0000");
            List<String> ids = places.get(keys.get(i)).stream().sorted().distinct().toList();
            // the area is the exact territory's; only the drawn outline is simplified
            areas.add(new TerritoryArea(key[0], key.length > 1, outlines.get(i), GeodesicShapes.areaKm2(merged.get(i)), ids));
        }
        areas.sort(Comparator.comparing(TerritoryArea::id));
        return areas;
    }

    /**
     * Each site's cell, cut to its circle, in longitude/latitude, clipped to land: the last set of sites'
     * cells are kept, since consecutive days mostly have the same places (only who holds them changes).
     */
    private Map<Coordinate, Geometry> landCells(Map<Coordinate, List<ControlPoint>> sites, Envelope extent) {
        double[] key = sites.keySet().stream().sorted().flatMapToDouble(c -> DoubleStream.of(c.x, c.y)).toArray();
        CellSet cached = last;
        if (cached != null && Arrays.equals(cached.sites(), key)) {
            return cached.cells();
        }
        // cells are cut and clipped side by side, on the common fork-join pool and this thread
        Map<Coordinate, Geometry> onLand = cells(sites.keySet(), extent).entrySet().parallelStream()
                .filter(cell -> sites.containsKey(cell.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, cell -> {
                    ControlPoint p = sites.get(cell.getKey()).get(0);
                    Polygon circle = GeodesicShapes.projectedCircle(p.lon(), p.lat(), radiusMetres, PLANE);
                    return land.clip(Mercator.inverse(bounded(cell.getValue(), circle, cell.getKey())));
                }));
        last = new CellSet(key, onLand);
        return onLand;
    }

    /**
     * The cell cut to the circle. Cells and circles are convex: a circle farther than its radius from
     * every cell edge lies inside the cell, a cell whose corners all lie inside the circle's inscribed
     * radius lies inside the circle, and otherwise a convex clip replaces the general overlay.
     */
    private static Geometry bounded(Geometry cell, Polygon circle, Coordinate site) {
        Envelope box = circle.getEnvelopeInternal();
        double inner = Math.min(box.getWidth(), box.getHeight()) / 2 * Math.cos(Math.PI / 48) * 0.999;
        double outer = Math.max(box.getWidth(), box.getHeight()) / 2 * 1.001;
        if (cell.getBoundary().distance(PLANE.createPoint(site)) > outer) {
            return circle;
        }
        boolean inside = true;
        for (Coordinate corner : cell.getCoordinates()) {
            if (corner.distance(site) >= inner) {
                inside = false;
                break;
            }
        }
        return inside ? cell : ConvexClip.clip(cell.getCoordinates(), circle.getExteriorRing().getCoordinates(), PLANE);
    }

    /** The Voronoi cell of each site (a single site gets the whole clip envelope). */
    private Map<Coordinate, Geometry> cells(java.util.Collection<Coordinate> sites, Envelope extent) {
        Envelope clip = new Envelope(extent);
        clip.expandBy(radiusMetres * 4);
        Map<Coordinate, Geometry> bySite = new HashMap<>();
        if (sites.size() == 1) {
            bySite.put(sites.iterator().next(), PLANE.toGeometry(clip));
            return bySite;
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(new ArrayList<>(sites));
        voronoi.setClipEnvelope(clip);
        Geometry diagram = voronoi.getDiagram(PLANE);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            bySite.put((Coordinate) cell.getUserData(), cell);
        }
        return bySite;
    }

    /**
     * The factions' areas simplified together as one polygonal coverage (JTS {@link CoverageSimplifier}), so a
     * border two factions share stays one line and no gap or overlap opens between them; an area whose
     * simplification is not a valid polygon keeps its full outline.
     */
    private List<Geometry> simplified(List<Geometry> areas) {
        if (simplifyDegrees <= 0 || areas.isEmpty()) {
            return areas;
        }
        Geometry[] outlines = CoverageSimplifier.simplify(areas.toArray(Geometry[]::new), simplifyDegrees);
        List<Geometry> out = new ArrayList<>(areas.size());
        for (int i = 0; i < areas.size(); i++) {
            Geometry outline = outlines[i] == null ? null : polygons(outlines[i]);
            out.add(outline != null && !outline.isEmpty() && outline.isValid() ? outline : areas.get(i));
        }
        return out;
    }

    /**
     * The union of the cells: cascaded, each step a floating-point OverlayNG (snapping only where that
     * fails), then the result snap-rounded to the output grid once, which is much cheaper than
     * snap-rounding every step.
     */
    private static Geometry merge(List<Geometry> cells) {
        UnaryUnionOp union = new UnaryUnionOp(cells, LON_LAT);
        union.setUnionFunction(ROBUST_UNION);
        return GeometryPrecisionReducer.reduce(union.union(), GRID);
    }

    private static Geometry polygons(Geometry geometry) {
        if (geometry instanceof Polygonal) {
            return geometry;
        }
        List<Polygon> parts = new ArrayList<>();
        PolygonExtracter.getPolygons(geometry, parts);
        return geometry.getFactory().buildGeometry(parts);
    }
}
