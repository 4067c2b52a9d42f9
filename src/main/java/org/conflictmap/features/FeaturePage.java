package org.conflictmap.features;

import java.util.List;

/**
 * One page of a collection's items.
 *
 * @param features the features of the page, in id order
 * @param matched  how many features match the query in all pages
 */
record FeaturePage(List<Feature> features, long matched) {

    FeaturePage {
        features = List.copyOf(features);
    }
}
