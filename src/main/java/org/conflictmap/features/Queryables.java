package org.conflictmap.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Geometry;

/**
 * The properties of a collection that a {@code filter} may name: top-level scalar properties of its
 * features plus {@value #GEOMETRY}. Dates are ISO strings, so they compare in date order. Immutable.
 */
final class Queryables {

    static final String GEOMETRY = "geometry";

    private final Map<String, Class<?>> properties;
    private final SimpleFeatureType type;

    Queryables(String collection, Map<String, Class<?>> properties, Class<? extends Geometry> geometry) {
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        SimpleFeatureTypeBuilder builder = new SimpleFeatureTypeBuilder();
        builder.setName(collection);
        builder.setCRS(DefaultGeographicCRS.WGS84);
        builder.add(GEOMETRY, geometry);
        properties.forEach(builder::add);
        builder.setDefaultGeometry(GEOMETRY);
        this.type = builder.buildFeatureType();
    }

    /** Property name to Java type ({@code String}, {@code Double}, {@code Integer}, {@code Boolean}). */
    Map<String, Class<?>> properties() {
        return properties;
    }

    boolean contains(String name) {
        return GEOMETRY.equals(name) || properties.containsKey(name);
    }

    /** The feature as GeoTools sees it when evaluating a filter. */
    SimpleFeature toSimpleFeature(Feature feature) {
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        builder.set(GEOMETRY, feature.geometry());
        for (String name : properties.keySet()) {
            builder.set(name, feature.properties().get(name));
        }
        return builder.buildFeature(feature.id());
    }
}
