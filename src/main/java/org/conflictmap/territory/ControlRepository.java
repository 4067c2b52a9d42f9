package org.conflictmap.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.conflictmap.events.DatePrecision;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.PlaceRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The derived control intervals of every place (the "now" view). A place's intervals are always
 * replaced as a whole, inside the caller's transaction, so readers never see half a timeline.
 */
@Repository
public class ControlRepository {

    private static final TypeReference<List<ControlSource>> SOURCES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ControlRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the rows of these places until the caller's transaction ends, one by one in id order.
     * Whoever recomputes a place's timeline holds its lock from before reading the place's events
     * until the new intervals commit, so two articles about one place, processed at once (by two
     * workers or two instances), cannot each write a timeline that misses the other's facts: the
     * second waits, then reads the first one's committed events. A fixed order cannot deadlock.
     */
    public void lockPlaces(Collection<String> placeIds) {
        for (String id : new TreeSet<>(placeIds)) {
            jdbc.sql("SELECT id FROM place WHERE id = :id FOR UPDATE").param("id", id).query(String.class).optional();
        }
    }

    public void replace(Collection<PlaceTimeline> timelines) {
        for (PlaceTimeline timeline : timelines) {
            Place place = timeline.place();
            jdbc.sql("DELETE FROM control_interval WHERE place_id = :p").param("p", place.id()).update();
            for (ControlInterval i : timeline.intervals()) {
                jdbc.sql("INSERT INTO control_interval (place_id, controller, partners, since, valid_from, valid_to, "
                                + "precision, derivation, contested, confidence, sources, contest, geom) VALUES (:p, "
                                + ":controller, :partners, :since, :from, :to, :precision, :derivation, :contested, "
                                + ":confidence, :sources, :contest, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))")
                        .param("p", place.id()).param("controller", i.controller())
                        .param("partners", String.join(",", i.partners())).param("since", i.since())
                        .param("from", i.from()).param("to", i.to())
                        .param("precision", i.precision() == null ? DatePrecision.DAY.id() : i.precision().id())
                        .param("derivation", i.derivation().name().toLowerCase(java.util.Locale.ROOT))
                        .param("contested", i.contested()).param("confidence", i.confidence())
                        .param("sources", json.writeValueAsString(i.sources()))
                        .param("contest", json.writeValueAsString(i.contest()))
                        .param("lon", place.lon()).param("lat", place.lat())
                        .update();
            }
        }
    }

    /** Removes the stored intervals of these places (places left without any fact). */
    public void clear(Collection<String> placeIds) {
        if (!placeIds.isEmpty()) {
            jdbc.sql("DELETE FROM control_interval WHERE place_id IN (:p)").param("p", List.copyOf(placeIds)).update();
        }
    }

    /**
     * The places whose stored intervals cite a fact of the article (as a source or in their contest):
     * the places to recompute when the article's facts change.
     */
    public List<String> placesCiting(long articleId) {
        String cited = "%\"articleId\":" + articleId + ",%";
        return jdbc.sql("SELECT DISTINCT place_id FROM control_interval WHERE sources LIKE :c OR contest LIKE :c")
                .param("c", cited).query(String.class).list();
    }

    /** The stored timelines of the given places (a place with no interval is absent). */
    public ControlTimeline loadPlaces(Collection<String> placeIds) {
        if (placeIds.isEmpty()) {
            return ControlTimeline.of(List.of());
        }
        return load("c.place_id IN (:places)", Map.of("places", List.copyOf(placeIds)));
    }

    /**
     * The stored intervals that overlap {@code [from, to]}, as one {@link ControlTimeline}: enough to
     * answer who held what on any day of that span without reading the whole table.
     */
    public ControlTimeline loadOverlapping(LocalDate from, LocalDate to) {
        return load("c.valid_from <= :to AND (c.valid_to IS NULL OR c.valid_to > :from)", Map.of("from", from, "to", to));
    }

    private ControlTimeline load(String where, Map<String, Object> params) {
        Map<String, List<ControlInterval>> intervals = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        jdbc.sql("SELECT c.*, " + PlaceRows.columns("p") + " FROM control_interval c JOIN place p ON p.id = c.place_id "
                        + "WHERE " + where + " ORDER BY c.place_id, c.valid_from")
                .params(params)
                .query((ResultSet rs) -> {
                    Place place = PlaceRows.read(rs, "p");
                    places.putIfAbsent(place.id(), place);
                    intervals.computeIfAbsent(place.id(), k -> new ArrayList<>()).add(map(rs));
                });
        List<PlaceTimeline> timelines = new ArrayList<>();
        places.forEach((id, place) -> timelines.add(new PlaceTimeline(place, intervals.get(id))));
        return ControlTimeline.of(timelines);
    }

    /** The stored intervals of one place in date order, each with its sources and contest sources. */
    public List<ControlInterval> findByPlace(String placeId) {
        return jdbc.sql("SELECT * FROM control_interval WHERE place_id = :p ORDER BY valid_from")
                .param("p", placeId).query((rs, row) -> map(rs)).list();
    }

    private ControlInterval map(ResultSet rs) throws SQLException {
        String partners = rs.getString("partners");
        return new ControlInterval(rs.getString("place_id"), rs.getString("controller"),
                partners.isEmpty() ? List.of() : Arrays.asList(partners.split(",")),
                rs.getObject("since", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), DatePrecision.fromId(rs.getString("precision")),
                Derivation.valueOf(rs.getString("derivation").toUpperCase(java.util.Locale.ROOT)),
                rs.getBoolean("contested"), json.readValue(rs.getString("sources"), SOURCES),
                json.readValue(rs.getString("contest"), SOURCES));
    }
}
