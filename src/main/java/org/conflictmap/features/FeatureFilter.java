package org.conflictmap.features;

import java.util.function.Predicate;

import org.conflictmap.system.InvalidInputException;
import org.geotools.api.filter.Filter;

/**
 * A parsed {@code filter} and the queryables it was checked against. Evaluated in memory on each
 * feature the store pre-selected (see {@link PagedSqlQuery}); thread-safe.
 */
record FeatureFilter(String text, Filter filter, Queryables queryables) implements Predicate<Feature> {

    @Override
    public boolean test(Feature feature) {
        try {
            return filter.evaluate(queryables.toSimpleFeature(feature));
        } catch (RuntimeException e) {
            throw new InvalidInputException(Ogc.P_FILTER, "The filter cannot be evaluated on this collection's "
                    + "properties (compare each property with a value of its type).");
        }
    }
}
