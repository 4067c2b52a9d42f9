package org.conflictmap.features;

import java.util.Optional;
import java.util.Set;

/**
 * One OGC API collection: its items, one item by id, its queryables and extent. Implementations read
 * the store and are thread-safe.
 */
interface CollectionSource {

    /** The collection id in {@code /ogc/collections/{id}}. */
    String id();

    /**
     * Query parameters this collection understands beyond the ones every collection takes
     * ({@code f}, {@code limit}, {@code offset}, {@code bbox}, {@code bbox-crs}, {@code filter},
     * {@code filter-lang}); any other parameter is refused with 400.
     */
    Set<String> parameters();

    Queryables queryables();

    /** The matching features of one page, in id order. */
    FeaturePage items(FeatureQuery query);

    /** One feature by id; snapshot collections read the day from the query's {@code datetime}. */
    Optional<Feature> item(String featureId, FeatureQuery query);

    /** Spatial and temporal extent of the stored data; empty members when there is none. */
    Extent extent();

    /**
     * Whether rendered items responses are kept by {@link ItemResponseCache} until the store changes:
     * day slices computed in memory ({@code control}, {@code territory}), and {@code events}, whose
     * pages of a period in a box map clients ask for again and again.
     */
    default boolean cachedResponses() {
        return false;
    }
}
