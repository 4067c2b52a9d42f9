package org.conflictmap.features;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Control points and computed territory per (day, known_at), at most
 * {@code conflictmap.features.territory-cache-days} days each. Entries are keyed with the
 * {@link StoreVersion}, so a rebuilt timeline is never served stale. Thread-safe.
 */
@Component
class TerritoryCache {

    private final StoreVersion version;
    private final FeaturesProperties properties;
    private final Supplier<LandMask> land;
    private final DayCache<List<ControlPoint>> points;
    private final DayCache<List<TerritoryArea>> areas;
    private volatile TerritoryBuilder builder;

    /** @param land the land polygons, indexed only when first needed so they do not delay start-up */
    @Autowired
    TerritoryCache(StoreVersion version, FeaturesProperties properties, ObjectProvider<LandMask> land) {
        this(version, properties, (Supplier<LandMask>) land::getObject);
    }

    TerritoryCache(StoreVersion version, FeaturesProperties properties, Supplier<LandMask> land) {
        this.version = version;
        this.properties = properties;
        this.land = land;
        this.points = new DayCache<>(properties.territoryCacheDays());
        this.areas = new DayCache<>(properties.territoryCacheDays());
    }

    /** Indexes the land in the background once the service is up, so the first territory day does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareLand() {
        Thread thread = new Thread(this::builder, "land-index");
        thread.setDaemon(true);
        thread.start();
    }

    private TerritoryBuilder builder() {
        TerritoryBuilder b = builder;
        if (b == null) {
            synchronized (this) {
                b = builder;
                if (b == null) {
                    b = new TerritoryBuilder(properties.territoryRadiusKm(), properties.territorySimplifyDegrees(), land.get());
                    builder = b;
                }
            }
        }
        return b;
    }

    List<ControlPoint> points(LocalDate day, LocalDate knownAt, Supplier<List<ControlPoint>> read) {
        return points.get(day, knownAt, version.current(), read);
    }

    List<TerritoryArea> areas(LocalDate day, LocalDate knownAt, Supplier<List<ControlPoint>> read) {
        String current = version.current();
        return areas.get(day, knownAt, current, () -> builder().build(points.get(day, knownAt, current, read)));
    }
}
