package org.conflictmap.features;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a collection, format-neutral: JTS geometry in WGS 84 longitude/latitude and ordered
 * properties (strings, numbers, booleans, {@code null}, nested maps and lists of those).
 */
record Feature(String id, Geometry geometry, Map<String, Object> properties) {

    Feature {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
}
