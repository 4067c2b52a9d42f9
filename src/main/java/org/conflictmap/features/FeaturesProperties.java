package org.conflictmap.features;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.features.*}: the feeds' settings.
 *
 * @param limitDefault       features per page when the client gives no {@code limit}
 * @param limitMax           the largest page served (a larger {@code limit} is served this many)
 * @param maxAgeSeconds      {@code Cache-Control: max-age} of feature responses
 * @param territoryRadiusKm  how far a territory cell may reach from its control point
 * @param territorySimplifyDegrees tolerance of the coverage simplification of territory outlines, in
 *                           degrees (0 keeps every vertex)
 * @param territoryCacheDays how many computed territory days are kept in memory
 * @param responseCacheMb    memory for rendered {@code control} and {@code territory} responses, in MiB
 *                           (0 keeps none)
 * @param versionPollMillis  how often, at most, the store is asked whether another process changed it
 * @param title              title of the landing page
 * @param description        description of the landing page
 * @param collections        per collection id: its title and description
 */
@ConfigurationProperties("conflictmap.features")
public record FeaturesProperties(int limitDefault, int limitMax, int maxAgeSeconds, double territoryRadiusKm,
                                 double territorySimplifyDegrees, int territoryCacheDays, int responseCacheMb, long versionPollMillis,
                                 String title, String description,
                                 Map<String, CollectionInfo> collections) {

    /** Title and description of one collection. */
    public record CollectionInfo(String title, String description) {
    }

    CollectionInfo info(String id) {
        CollectionInfo info = collections == null ? null : collections.get(id);
        return info != null ? info : new CollectionInfo(id, "");
    }
}
