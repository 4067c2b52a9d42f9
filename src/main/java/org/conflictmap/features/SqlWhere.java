package org.conflictmap.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conjunction of SQL conditions with their named parameters, built from a {@link FeatureQuery}. The
 * SQL is common to H2GIS and PostGIS: boxes as {@code &&} with {@code ST_MakeEnvelope} on a geometry
 * column, or as comparisons on plain longitude and latitude columns. Not thread-safe; build one per query.
 */
final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    SqlWhere add(String condition) {
        conditions.add(condition);
        return this;
    }

    SqlWhere add(String condition, String name, Object value) {
        params.put(name, value);
        return add(condition);
    }

    SqlWhere add(String condition, Map<String, Object> conditionParams) {
        params.putAll(conditionParams);
        return add(condition);
    }

    /** {@code column IN (:name)} when the set is not empty. */
    SqlWhere in(String column, String name, Collection<String> values) {
        return values.isEmpty() ? this : add(column + " IN (:" + name + ")", name, List.copyOf(values));
    }

    /** {@code column} between the range's days, each open end left out. */
    SqlWhere dates(String column, DateRange range) {
        if (range != null && range.start() != null) {
            add(column + " >= :dateFrom", "dateFrom", range.start());
        }
        if (range != null && range.end() != null) {
            add(column + " <= :dateTo", "dateTo", range.end());
        }
        return this;
    }

    /** {@code geometryColumn}'s box intersects the bbox (two boxes across the antimeridian). */
    SqlWhere bbox(String geometryColumn, BoundingBox bbox) {
        if (bbox == null) {
            return this;
        }
        List<String> parts = new ArrayList<>();
        BoundingBox[] boxes = bbox.parts();
        for (int i = 0; i < boxes.length; i++) {
            String p = "bbox" + i;
            params.put(p + "x1", boxes[i].minLon());
            params.put(p + "y1", boxes[i].minLat());
            params.put(p + "x2", boxes[i].maxLon());
            params.put(p + "y2", boxes[i].maxLat());
            parts.add(geometryColumn + " && ST_MakeEnvelope(:" + p + "x1, :" + p + "y1, :" + p + "x2, :" + p
                    + "y2, 4326)");
        }
        return add("(" + String.join(" OR ", parts) + ")");
    }

    /**
     * The point in columns {@code lonColumn}, {@code latColumn} lies in the bbox, edges included (two
     * longitude ranges across the antimeridian). Plain comparisons, so a B-tree holding the columns
     * (after the day, see migration V7) serves them on both stores.
     */
    SqlWhere box(String lonColumn, String latColumn, BoundingBox bbox) {
        if (bbox == null) {
            return this;
        }
        params.put("boxLat1", bbox.minLat());
        params.put("boxLat2", bbox.maxLat());
        params.put("boxLon1", bbox.minLon());
        params.put("boxLon2", bbox.maxLon());
        String lon = bbox.crossesAntimeridian()
                ? "(" + lonColumn + " >= :boxLon1 OR " + lonColumn + " <= :boxLon2)"
                : lonColumn + " >= :boxLon1 AND " + lonColumn + " <= :boxLon2";
        return add(latColumn + " >= :boxLat1 AND " + latColumn + " <= :boxLat2 AND " + lon);
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }
}
