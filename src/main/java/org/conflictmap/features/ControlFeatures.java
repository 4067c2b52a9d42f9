package org.conflictmap.features;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictmap.system.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code control}: one point per place whose controller is known on one day, the {@code datetime}
 * instant (an interval: its last day; open at the end or absent: today). {@code faction} selects
 * controllers. {@code known_at} needs a {@link ControlSnapshots} that supports it, otherwise 501.
 */
@Component
class ControlFeatures implements CollectionSource {

    static final String ID = "control";

    private final ControlSnapshots snapshots;
    private final SourcesJson sources;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TerritoryCache cache;
    private final Queryables queryables = new Queryables(ID, properties(), Point.class);

    ControlFeatures(ControlSnapshots snapshots, SourcesJson sources, JdbcClient jdbc, Clock clock,
                    TerritoryCache cache) {
        this.snapshots = snapshots;
        this.sources = sources;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = cache;
    }

    private static Map<String, Class<?>> properties() {
        Map<String, Class<?>> p = new LinkedHashMap<>();
        p.put("controller", String.class);
        p.put("since", String.class);
        p.put("until", String.class);
        p.put("contested", Boolean.class);
        p.put("confidence", Double.class);
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

    /** The points of the query's day, before bbox, faction and filter. */
    List<ControlPoint> points(FeatureQuery query) {
        if (query.knownAt() != null && !snapshots.supportsKnownAt()) {
            throw new InvalidInputException(Ogc.P_KNOWN_AT, "known_at is not supported yet for control and "
                    + "territory: the stored control timeline reflects everything known now.",
                    HttpStatus.NOT_IMPLEMENTED);
        }
        LocalDate day = day(query);
        return cache.points(day, query.knownAt(), () -> snapshots.on(day, query.knownAt()));
    }

    LocalDate day(FeatureQuery query) {
        LocalDate today = LocalDate.now(clock);
        return query.datetime() == null ? today : query.datetime().snapshotDay(today);
    }

    /** Without a filter only the page's points become features; the day's points are cached. */
    @Override
    public FeaturePage items(FeatureQuery query) {
        List<ControlPoint> selected = points(query).stream()
                .filter(p -> query.factions().isEmpty() || query.factions().contains(p.controller()))
                .filter(p -> query.bbox() == null || query.bbox().contains(p.lon(), p.lat()))
                .toList();
        if (query.filter() != null) {
            return InMemoryQuery.page(selected.stream().map(this::feature).toList(), query);
        }
        int from = (int) Math.min(selected.size(), query.offset());
        int to = (int) Math.min(selected.size(), (long) from + query.limit());
        return new FeaturePage(selected.subList(from, to).stream().map(this::feature).toList(), selected.size());
    }

    @Override
    public Optional<Feature> item(String featureId, FeatureQuery query) {
        return FeatureIds.number(featureId).flatMap(id -> jdbc.sql("SELECT c.id, c.place_id, p.name AS place_name, "
                        + "ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat, c.controller, c.since, c.valid_from, c.valid_to, "
                        + "c.contested, c.confidence, c.sources FROM control_interval c "
                        + "JOIN place p ON p.id = c.place_id WHERE c.id = :id")
                .param("id", id).query(JdbcControlSnapshots::map).optional().map(this::feature));
    }

    @Override
    public boolean cachedResponses() {
        return true;
    }

    @Override
    public Extent extent() {
        return jdbc.sql("SELECT MIN(ST_X(geom)) AS x1, MIN(ST_Y(geom)) AS y1, MAX(ST_X(geom)) AS x2, "
                + "MAX(ST_Y(geom)) AS y2, MIN(valid_from) AS d1, MAX(COALESCE(valid_to, valid_from)) AS d2 "
                + "FROM control_interval").query(Extents::map).single();
    }

    Feature feature(ControlPoint point) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("controller", point.controller());
        p.put("since", point.since().toString());
        p.put("until", point.until() == null ? null : point.until().toString());
        p.put("contested", point.contested());
        p.put("confidence", point.confidence());
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("id", point.placeId());
        place.put("name", point.placeName());
        p.put("place", place);
        p.put("sources", sources.parse(point.sources()));
        return new Feature(Long.toString(point.intervalId()),
                Rows.WGS84.createPoint(new Coordinate(point.lon(), point.lat())), p);
    }
}
