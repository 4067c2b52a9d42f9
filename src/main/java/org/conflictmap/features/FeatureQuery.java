package org.conflictmap.features;

import java.time.LocalDate;
import java.util.Set;

/**
 * One items request after parsing: every member is valid or absent ({@code null}, or empty for the sets).
 *
 * @param datetime the {@code datetime} parameter
 * @param bbox     the {@code bbox} parameter
 * @param limit    page size, 1 up to the configured maximum
 * @param offset   features skipped before this page (paging is ordered by feature id)
 * @param factions {@code faction}: actors for events and movements, controllers for control and territory
 * @param types    {@code type}: event types
 * @param knownAt  {@code known_at}: only facts published on or before this day
 * @param filter   {@code filter}: a CQL2 text filter over the collection's queryables
 */
record FeatureQuery(DateRange datetime, BoundingBox bbox, int limit, long offset, Set<String> factions,
                    Set<String> types, LocalDate knownAt, FeatureFilter filter) {

    FeatureQuery {
        factions = Set.copyOf(factions);
        types = Set.copyOf(types);
    }

    /** No restriction at all, one page of {@code limit}. */
    static FeatureQuery all(int limit) {
        return new FeatureQuery(null, null, limit, 0, Set.of(), Set.of(), null, null);
    }

    FeatureQuery withPage(int newLimit, long newOffset) {
        return new FeatureQuery(datetime, bbox, newLimit, newOffset, factions, types, knownAt, filter);
    }
}
