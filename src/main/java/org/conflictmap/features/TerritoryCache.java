package org.conflictmap.features;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Control points and computed territory per (day, known_at), at most
 * {@code conflictmap.features.territory-cache-days} days each. Entries are keyed with the version of
 * the control table (row count and largest id), so a rebuilt timeline is never served stale.
 * Thread-safe.
 */
@Component
class TerritoryCache {

    private final JdbcClient jdbc;
    private final TerritoryBuilder builder;
    private final DayCache<List<ControlPoint>> points;
    private final DayCache<List<TerritoryArea>> areas;

    TerritoryCache(JdbcClient jdbc, FeaturesProperties properties, LandMask land) {
        this.jdbc = jdbc;
        this.builder = new TerritoryBuilder(properties.territoryRadiusKm(), land);
        this.points = new DayCache<>(properties.territoryCacheDays());
        this.areas = new DayCache<>(properties.territoryCacheDays());
    }

    List<ControlPoint> points(LocalDate day, LocalDate knownAt, Supplier<List<ControlPoint>> read) {
        return points.get(day, knownAt, version(), read);
    }

    List<TerritoryArea> areas(LocalDate day, LocalDate knownAt, Supplier<List<ControlPoint>> read) {
        String version = version();
        return areas.get(day, knownAt, version, () -> builder.build(points.get(day, knownAt, version, read)));
    }

    private String version() {
        return jdbc.sql("SELECT COUNT(*) AS n, MAX(id) AS last_id FROM control_interval")
                .query((rs, row) -> rs.getLong("n") + ":" + rs.getLong("last_id")).single();
    }
}
