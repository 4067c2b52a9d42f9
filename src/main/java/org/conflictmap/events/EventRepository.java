package org.conflictmap.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.geoparsing.PlaceRows;
import org.conflictmap.geoparsing.ResolvedMention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The events read from each article. Writing an article's events replaces the machine-read ones
 * stored before, so re-processing never duplicates them. Events an analyst has decided on are never
 * touched by re-extraction: those with {@code origin = 'analyst'} stay, and so do the rejected and
 * merged ones set aside in {@code event_set_aside}; a newly read event on the same sentence and place
 * mention as any of them is not added again. Each stored event knows the day it became known.
 */
@Repository
public class EventRepository {

    private static final String SELECT = "SELECT e.id, e.article_id, e.known_from, e.type, e.actor, e.target, "
            + "e.place_start, e.place_end, e.place_surface, e.origin_start, e.origin_end, e.origin_surface, "
            + "e.event_date, e.date_precision, e.confidence, e.evidence_start, e.evidence_end, e.evidence_text, "
            + PlaceRows.columns("p") + ", " + PlaceRows.columns("o")
            + " FROM event e JOIN place p ON p.id = e.place_id LEFT JOIN place o ON o.id = e.origin_place_id ";

    private final JdbcClient jdbc;
    private final PlaceRepository places;

    public EventRepository(JdbcClient jdbc, PlaceRepository places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    /**
     * Replaces the article's events.
     *
     * @param knownFrom the article's publication day
     */
    public void replaceForArticle(long articleId, LocalDate knownFrom, List<ConflictEvent> events) {
        jdbc.sql("DELETE FROM event WHERE article_id = :a AND origin = 'machine'").param("a", articleId).update();
        Set<String> decided = new HashSet<>(jdbc.sql("SELECT place_start, place_end, evidence_start FROM event "
                        + "WHERE article_id = :a AND origin = 'analyst' UNION ALL SELECT place_start, place_end, "
                        + "evidence_start FROM event_set_aside WHERE article_id = :a")
                .param("a", articleId)
                .query((rs, row) -> spanKey(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list());
        List<ConflictEvent> fresh = events.stream()
                .filter(e -> !decided.contains(spanKey(e.place().start(), e.place().end(), e.evidence().start())))
                .toList();
        places.saveAll(fresh.stream().flatMap(e -> Stream.of(e.place(), e.origin()))
                .filter(m -> m != null).map(ResolvedMention::place).toList());
        for (ConflictEvent e : fresh) {
            insert(null, articleId, knownFrom, e, false);
        }
    }

    /**
     * Stores one event (its places must be stored already) and returns its id.
     *
     * @param id       the id to give it (restoring an event set aside), or {@code null} for a new one
     * @param analyst  whether an analyst added or decided on it ({@code origin = 'analyst'})
     */
    public long insert(Long id, long articleId, LocalDate knownFrom, ConflictEvent e, boolean analyst) {
        ResolvedMention origin = e.origin();
        Place at = e.place().place();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO event (" + (id == null ? "" : "id, ") + "article_id, type, actor, target, place_id, "
                        + "place_start, place_end, place_surface, origin_place_id, origin_start, origin_end, "
                        + "origin_surface, event_date, date_precision, confidence, evidence_start, evidence_end, "
                        + "evidence_text, known_from, origin, geom) "
                        + "VALUES (" + (id == null ? "" : ":id, ") + ":article, :type, :actor, :target, :place, "
                        + ":placeStart, :placeEnd, :placeSurface, :origin, :originStart, :originEnd, :originSurface, "
                        + ":date, :precision, :confidence, :evStart, :evEnd, :evText, :knownFrom, :by, "
                        + "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))")
                .param("id", id)
                .param("article", articleId).param("type", e.type().id()).param("actor", e.actor())
                .param("target", e.target()).param("place", at.id())
                .param("placeStart", e.place().start()).param("placeEnd", e.place().end())
                .param("placeSurface", e.place().surface())
                .param("origin", origin == null ? null : origin.place().id())
                .param("originStart", origin == null ? null : origin.start())
                .param("originEnd", origin == null ? null : origin.end())
                .param("originSurface", origin == null ? null : origin.surface())
                .param("date", e.date().date()).param("precision", e.date().precision().id())
                .param("confidence", e.confidence())
                .param("evStart", e.evidence().start()).param("evEnd", e.evidence().end())
                .param("evText", e.evidence().text()).param("knownFrom", knownFrom)
                .param("by", analyst ? "analyst" : "machine")
                .param("lon", at.lon()).param("lat", at.lat())
                .update(keys, "id");
        return id != null ? id : keys.getKey().longValue();
    }

    /** The stored event with this id (events set aside by an analyst are not in the event table). */
    public Optional<RecordedEvent> findById(long id) {
        return jdbc.sql(SELECT + "WHERE e.id = :id").param("id", id).query(EventRepository::map).optional();
    }

    /** Removes one event (its movements go with it). */
    public void delete(long id) {
        jdbc.sql("DELETE FROM event WHERE id = :id").param("id", id).update();
    }

    private static String spanKey(int placeStart, int placeEnd, int evidenceStart) {
        return placeStart + ":" + placeEnd + ":" + evidenceStart;
    }

    public List<RecordedEvent> findByArticle(long articleId) {
        return jdbc.sql(SELECT + "WHERE e.article_id = :a ORDER BY e.id").param("a", articleId)
                .query(EventRepository::map).list();
    }

    /** Every event at one of these places, as the control timeline needs them. */
    public List<RecordedEvent> findByPlaces(Collection<String> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE e.place_id IN (:places) ORDER BY e.event_date, e.id")
                .param("places", List.copyOf(placeIds)).query(EventRepository::map).list();
    }

    /**
     * Deployments and advances without a stated origin dated in {@code [from, to)} ({@code to} null: no
     * end): the events whose inferred movement lines depend on who held what on their day.
     */
    public List<RecordedEvent> findUnsourcedMovesBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + "WHERE e.type IN ('deployment', 'advance') AND e.origin_place_id IS NULL "
                        + "AND e.event_date >= :from AND (CAST(:to AS DATE) IS NULL OR e.event_date < :to) ORDER BY e.event_date, e.id")
                .param("from", from).param("to", to, java.sql.Types.DATE).query(EventRepository::map).list();
    }

    /** Every event from articles published on or before {@code day}: the input of an "as known on" view. */
    public List<RecordedEvent> findKnownBy(LocalDate day) {
        return jdbc.sql(SELECT + "WHERE e.known_from <= :day ORDER BY e.event_date, e.id").param("day", day)
                .query(EventRepository::map).list();
    }

    private static RecordedEvent map(ResultSet rs, int row) throws SQLException {
        Place at = PlaceRows.read(rs, "p");
        Place from = PlaceRows.read(rs, "o");
        ResolvedMention place = new ResolvedMention(rs.getInt("place_start"), rs.getInt("place_end"),
                rs.getString("place_surface"), at, rs.getDouble("confidence"), List.of());
        ResolvedMention origin = from == null ? null : new ResolvedMention(rs.getInt("origin_start"),
                rs.getInt("origin_end"), rs.getString("origin_surface"), from, rs.getDouble("confidence"), List.of());
        ConflictEvent event = new ConflictEvent(EventType.fromId(rs.getString("type")), rs.getString("actor"),
                rs.getString("target"), place, origin,
                new EventDate(rs.getObject("event_date", LocalDate.class),
                        DatePrecision.fromId(rs.getString("date_precision"))),
                rs.getDouble("confidence"),
                new Evidence(rs.getInt("evidence_start"), rs.getInt("evidence_end"), rs.getString("evidence_text")));
        return new RecordedEvent(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("known_from", LocalDate.class),
                event);
    }
}
