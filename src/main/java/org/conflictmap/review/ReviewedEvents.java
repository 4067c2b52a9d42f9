package org.conflictmap.review;

import java.util.List;
import java.util.Optional;

import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventDate;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.EventType;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.ResolvedMention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes events in their review state. A live event (unreviewed or confirmed) is a row of
 * the event table; a rejected or merged one is moved to {@code event_set_aside} as a JSON snapshot,
 * which keeps it out of every feed and of control without a filter in each query. Writing a state
 * replaces the event wherever it was; the caller's transaction makes that atomic.
 */
@Repository
class ReviewedEvents {

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final PlaceLookup places;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewedEvents(JdbcClient jdbc, EventRepository events, PlaceLookup places) {
        this.jdbc = jdbc;
        this.events = events;
        this.places = places;
    }

    Optional<EventState> find(long id) {
        Optional<RecordedEvent> live = events.findById(id);
        if (live.isPresent()) {
            return jdbc.sql("SELECT origin, review, version FROM event WHERE id = :id").param("id", id)
                    .query((rs, row) -> EventState.of(live.get(), rs.getString("review"), rs.getString("origin"),
                            rs.getInt("version"))).optional();
        }
        return jdbc.sql("SELECT snapshot FROM event_set_aside WHERE event_id = :id").param("id", id)
                .query((rs, row) -> read(rs.getString("snapshot"))).optional();
    }

    /** The events of an article, set-aside ones included, in id order. */
    List<EventState> findByArticle(long articleId) {
        List<Long> ids = jdbc.sql("SELECT id FROM event WHERE article_id = :a UNION SELECT event_id FROM event_set_aside "
                + "WHERE article_id = :a").param("a", articleId).query(Long.class).list();
        return ids.stream().sorted().map(id -> find(id).orElseThrow()).toList();
    }

    /** Stores {@code state} in place of whatever the event was (nothing, for a new event's id). */
    void write(EventState state) {
        jdbc.sql("DELETE FROM event_set_aside WHERE event_id = :id").param("id", state.id()).update();
        events.delete(state.id());
        if (state.live()) {
            events.insert(state.id(), state.articleId(), state.knownFrom(), toEvent(state),
                    "analyst".equals(state.origin()));
            jdbc.sql("UPDATE event SET review = :review, version = :version WHERE id = :id")
                    .param("review", state.status()).param("version", state.version()).param("id", state.id()).update();
        } else {
            jdbc.sql("INSERT INTO event_set_aside (event_id, article_id, status, merged_into, version, place_start, "
                            + "place_end, evidence_start, snapshot) VALUES (:id, :article, :status, :merged, :version, "
                            + ":placeStart, :placeEnd, :evStart, :snapshot)")
                    .param("id", state.id()).param("article", state.articleId()).param("status", state.status())
                    .param("merged", state.mergedInto()).param("version", state.version())
                    .param("placeStart", state.place().start()).param("placeEnd", state.place().end())
                    .param("evStart", state.evidence().start()).param("snapshot", json.writeValueAsString(state))
                    .update();
        }
    }

    /** Ids of the events currently merged into {@code survivorId}. */
    List<Long> mergedInto(long survivorId) {
        return jdbc.sql("SELECT event_id FROM event_set_aside WHERE status = 'merged' AND merged_into = :id ORDER BY event_id")
                .param("id", survivorId).query(Long.class).list();
    }

    /**
     * Claims the event for an edit if it is still at {@code version}: bumps the stored version, which
     * also locks the row until the transaction ends, so of two concurrent edits from the same version
     * only one gets through; the other sees {@code false}.
     */
    boolean claim(long id, int version) {
        return jdbc.sql("UPDATE event SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", id).param("v", version).update() == 1
                || jdbc.sql("UPDATE event_set_aside SET version = version + 1 WHERE event_id = :id AND version = :v")
                .param("id", id).param("v", version).update() == 1;
    }

    /** A fresh event id for an analyst-added event. */
    long insertNew(long articleId, java.time.LocalDate knownFrom, ConflictEvent event) {
        return events.insert(null, articleId, knownFrom, event, true);
    }

    EventState read(String snapshot) {
        return json.readValue(snapshot, EventState.class);
    }

    String snapshot(EventState state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    ConflictEvent toEvent(EventState s) {
        Place at = place(s.place().id());
        ResolvedMention placeMention = new ResolvedMention(s.place().start(), s.place().end(), s.place().surface(), at,
                s.confidence(), List.of());
        ResolvedMention fromMention = s.from() == null ? null : new ResolvedMention(s.from().start(), s.from().end(),
                s.from().surface(), place(s.from().id()), s.confidence(), List.of());
        return new ConflictEvent(EventType.fromId(s.type()), s.actor(), s.target(), placeMention, fromMention,
                new EventDate(s.date(), DatePrecision.fromId(s.datePrecision())), s.confidence(), s.evidence());
    }

    private Place place(String id) {
        return places.find(id).orElseThrow(() -> new IllegalStateException("place " + id + " is not stored"));
    }
}
