/**
 * The read side of the service: OGC API - Features (Part 1 core, GeoJSON and HTML, with CQL2 text
 * filters) at {@code /ogc} for the events, control points, territory polygons, movements and places
 * the pipeline stored, plus the map's timeline and the analysts' exports. Each query parameter has its
 * own parser feeding a {@link org.conflictmap.features.FeatureQuery}; GeoJSON is written only here.
 * This package reads the store and never writes to it; what it computes or renders is cached against
 * the {@link org.conflictmap.features.StoreVersion}, which follows
 * {@link org.conflictmap.persistence.StoreChanged} events.
 */
package org.conflictmap.features;
