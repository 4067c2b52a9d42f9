package org.conflictmap.features;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computed territory per (day, known_at), least recently used first out, at most
 * {@code conflictmap.features.territory-cache-days} entries. An entry is keyed with the version of the
 * control table (row count and largest id), so a rebuilt timeline is never served stale. Thread-safe;
 * two requests for the same missing day may both compute it.
 */
@Component
class TerritoryCache {

    private record Key(LocalDate day, LocalDate knownAt, String version) {
    }

    private final JdbcClient jdbc;
    private final TerritoryBuilder builder;
    private final Map<Key, List<TerritoryArea>> entries;

    TerritoryCache(JdbcClient jdbc, FeaturesProperties properties, LandMask land) {
        this.jdbc = jdbc;
        this.builder = new TerritoryBuilder(properties.territoryRadiusKm(), land);
        int capacity = Math.max(1, properties.territoryCacheDays());
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<TerritoryArea>> eldest) {
                return size() > capacity;
            }
        };
    }

    List<TerritoryArea> get(LocalDate day, LocalDate knownAt, Supplier<List<ControlPoint>> points) {
        Key key = new Key(day, knownAt, version());
        synchronized (entries) {
            List<TerritoryArea> cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<TerritoryArea> computed = builder.build(points.get());
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }

    private String version() {
        return jdbc.sql("SELECT COUNT(*) AS n, MAX(id) AS last_id FROM control_interval")
                .query((rs, row) -> rs.getLong("n") + ":" + rs.getLong("last_id")).single();
    }
}
