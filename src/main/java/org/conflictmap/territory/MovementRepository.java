package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Force movements as lines. Rows belong to their event and go when it goes (cascade). */
@Repository
public class MovementRepository {

    private final JdbcClient jdbc;

    public MovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the movements drawn for the given events by {@code movements}. */
    public void replaceForEvents(List<Long> eventIds, List<Movement> movements, LocalDate knownFrom) {
        if (!eventIds.isEmpty()) {
            jdbc.sql("DELETE FROM movement WHERE event_id IN (:ids)").param("ids", eventIds).update();
        }
        for (Movement m : movements) {
            jdbc.sql("INSERT INTO movement (event_id, actor, type, origin_place_id, target_place_id, event_date, "
                            + "date_precision, derivation, confidence, known_from, geom) VALUES (:event, :actor, :type, "
                            + ":origin, :target, :date, :precision, :derivation, :confidence, :knownFrom, "
                            + "ST_SetSRID(ST_MakeLine(ST_MakePoint(:olon, :olat), ST_MakePoint(:tlon, :tlat)), 4326))")
                    .param("event", m.eventId()).param("actor", m.actor()).param("type", m.type().id())
                    .param("origin", m.origin().id()).param("target", m.target().id())
                    .param("date", m.date()).param("precision", m.precision().id())
                    .param("derivation", m.derivation().name().toLowerCase(Locale.ROOT))
                    .param("confidence", m.confidence()).param("knownFrom", knownFrom)
                    .param("olon", m.origin().lon()).param("olat", m.origin().lat())
                    .param("tlon", m.target().lon()).param("tlat", m.target().lat())
                    .update();
        }
    }
}
