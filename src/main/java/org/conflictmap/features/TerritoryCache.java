package org.conflictmap.features;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Control points and computed territory per (day, known_at), at most
 * {@code conflictmap.features.territory-cache-days} days each. Entries are keyed with the
 * {@link StoreVersion}, so a rebuilt timeline is never served stale. Thread-safe.
 */
@Component
class TerritoryCache {

    private final StoreVersion version;
    private final TerritoryBuilder builder;
    private final DayCache<List<ControlPoint>> points;
    private final DayCache<List<TerritoryArea>> areas;

    TerritoryCache(StoreVersion version, FeaturesProperties properties, LandMask land) {
        this.version = version;
        this.builder = new TerritoryBuilder(properties.territoryRadiusKm(), properties.territorySimplifyDegrees(), land);
        this.points = new DayCache<>(properties.territoryCacheDays());
        this.areas = new DayCache<>(properties.territoryCacheDays());
    }

    List<ControlPoint> points(LocalDate day, LocalDate knownAt, Supplier<List<ControlPoint>> read) {
        return points.get(day, knownAt, version.current(), read);
    }

    List<TerritoryArea> areas(LocalDate day, LocalDate knownAt, Supplier<List<ControlPoint>> read) {
        String current = version.current();
        return areas.get(day, knownAt, current, () -> builder.build(points.get(day, knownAt, current, read)));
    }
}
