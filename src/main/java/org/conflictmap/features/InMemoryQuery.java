package org.conflictmap.features;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * Pages features computed in memory (control points of a day, territory polygons): keeps those whose
 * envelope meets the {@code bbox} and that pass the {@code filter}, in the order given.
 */
final class InMemoryQuery {

    private InMemoryQuery() {
    }

    static FeaturePage page(List<Feature> features, FeatureQuery query) {
        List<Feature> page = new ArrayList<>();
        long matched = 0;
        for (Feature feature : features) {
            if (inBox(feature, query.bbox()) && (query.filter() == null || query.filter().test(feature))) {
                if (matched >= query.offset() && page.size() < query.limit()) {
                    page.add(feature);
                }
                matched++;
            }
        }
        return new FeaturePage(page, matched);
    }

    static boolean inBox(Feature feature, BoundingBox bbox) {
        if (bbox == null) {
            return true;
        }
        Envelope envelope = feature.geometry().getEnvelopeInternal();
        for (BoundingBox part : bbox.parts()) {
            if (envelope.intersects(new Envelope(part.minLon(), part.maxLon(), part.minLat(), part.maxLat()))) {
                return true;
            }
        }
        return false;
    }
}
