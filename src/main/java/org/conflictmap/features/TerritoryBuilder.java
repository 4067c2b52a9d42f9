package org.conflictmap.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Territory from control points: each place gets its Voronoi cell (computed in spherical Mercator,
 * which keeps bisectors true at this scale), cut to a geodesic circle of the radius around the place,
 * so a lone town claims at most that disc; the cells are merged per faction (contested places apart),
 * brought back to longitude/latitude and clipped to land. Two places at the same spot share their cell.
 * Thread-safe (no state besides the settings).
 */
final class TerritoryBuilder {

    private static final GeometryFactory PLANE = new GeometryFactory();

    private final double radiusMetres;
    private final LandMask land;

    TerritoryBuilder(double radiusKm, LandMask land) {
        this.radiusMetres = radiusKm * 1000;
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
        Map<String, List<Geometry>> cells = new TreeMap<>();
        Map<String, List<String>> places = new HashMap<>();
        for (Map.Entry<Coordinate, Geometry> cell : cells(sites.keySet(), extent).entrySet()) {
            for (ControlPoint p : sites.getOrDefault(cell.getKey(), List.of())) {
                Polygon circle = GeodesicShapes.projectedCircle(p.lon(), p.lat(), radiusMetres, PLANE);
                Geometry bounded = cell.getValue().intersection(circle);
                String key = p.controller() + (p.contested() ? "\u0000contested" : "");
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(bounded);
                places.computeIfAbsent(key, k -> new ArrayList<>()).add(p.placeId());
            }
        }
        List<TerritoryArea> areas = new ArrayList<>();
        for (Map.Entry<String, List<Geometry>> group : cells.entrySet()) {
            Geometry merged = polygons(UnaryUnionOp.union(group.getValue()));
            Geometry onLand = polygons(land.clip(Mercator.inverse(merged)));
            if (onLand.isEmpty()) {
                continue;
            }
            String[] key = group.getKey().split("\u0000");
            List<String> ids = places.get(group.getKey()).stream().sorted().distinct().toList();
            areas.add(new TerritoryArea(key[0], key.length > 1, onLand, GeodesicShapes.areaKm2(onLand), ids));
        }
        areas.sort(Comparator.comparing(TerritoryArea::id));
        return areas;
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

    private static Geometry polygons(Geometry geometry) {
        if (geometry instanceof Polygonal) {
            return geometry;
        }
        List<Polygon> parts = new ArrayList<>();
        PolygonExtracter.getPolygons(geometry, parts);
        return geometry.getFactory().buildGeometry(parts);
    }
}
