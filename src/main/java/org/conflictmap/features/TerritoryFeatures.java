package org.conflictmap.features;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;

/**
 * {@code territory}: per faction, the area it held on the {@code datetime} day (same day rule as
 * {@code control}), with its contested part as a separate feature. Computed by {@link TerritoryBuilder}
 * from the day's control points and kept in a {@link TerritoryCache}; {@code faction}, {@code bbox}
 * and {@code filter} then select from the day's areas.
 */
@Component
class TerritoryFeatures implements CollectionSource {

    static final String ID = "territory";

    private final ControlFeatures control;
    private final TerritoryCache cache;
    private final Queryables queryables = new Queryables(ID, properties(), MultiPolygon.class);

    TerritoryFeatures(ControlFeatures control, TerritoryCache cache) {
        this.control = control;
        this.cache = cache;
    }

    private static Map<String, Class<?>> properties() {
        Map<String, Class<?>> p = new LinkedHashMap<>();
        p.put("faction", String.class);
        p.put("contested", Boolean.class);
        p.put("area_km2", Double.class);
        p.put("date", String.class);
        return p;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> parameters() {
        return Set.of(Ogc.P_DATETIME, Ogc.P_FACTION, Ogc.P_KNOWN_AT);
    }

    @Override
    public Queryables queryables() {
        return queryables;
    }

    @Override
    public FeaturePage items(FeatureQuery query) {
        LocalDate day = control.day(query);
        List<Feature> features = areas(query).stream()
                .filter(a -> query.factions().isEmpty() || query.factions().contains(a.faction()))
                .map(a -> feature(a, day)).toList();
        return InMemoryQuery.page(features, query);
    }

    @Override
    public Optional<Feature> item(String featureId, FeatureQuery query) {
        LocalDate day = control.day(query);
        return areas(query).stream().filter(a -> a.id().equals(featureId)).findFirst().map(a -> feature(a, day));
    }

    private List<TerritoryArea> areas(FeatureQuery query) {
        LocalDate day = control.day(query);
        return cache.areas(day, query.knownAt(), () -> control.points(query));
    }

    @Override
    public boolean cachedResponses() {
        return true;
    }

    @Override
    public Extent extent() {
        return control.extent();
    }

    private static Feature feature(TerritoryArea area, LocalDate day) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("faction", area.faction());
        p.put("contested", area.contested());
        p.put("area_km2", Math.round(area.areaKm2() * 10) / 10.0);
        p.put("date", day.toString());
        Map<String, Object> places = new LinkedHashMap<>();
        places.put("count", area.placeIds().size());
        places.put("ids", area.placeIds());
        p.put("places", places);
        return new Feature(area.id(), area.area(), p);
    }
}
