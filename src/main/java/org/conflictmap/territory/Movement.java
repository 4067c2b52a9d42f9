package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.Objects;

import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Evidence;
import org.conflictmap.gazetteer.Place;

/**
 * A line on the map: forces of {@code actor} moving from {@code origin} to {@code target}. Immutable.
 *
 * @param actor       faction id of the forces moving
 * @param type        the event type behind it (deployment or advance)
 * @param origin      where they came from
 * @param target      where they went or pushed to
 * @param date        the event's date
 * @param precision   the precision of that date
 * @param derivation  STATED when the text names the origin, INFERRED when it comes from the timeline
 * @param eventId     the event the line is drawn for
 * @param articleId   its article
 * @param confidence  the event's confidence
 * @param evidence    the event's sentence
 * @param originHeld  for INFERRED lines, the control interval showing the origin was held that day;
 *                    {@code null} for STATED lines
 */
public record Movement(String actor, EventType type, Place origin, Place target, LocalDate date, DatePrecision precision,
                       MovementDerivation derivation, long eventId, long articleId, double confidence, Evidence evidence,
                       ControlInterval originHeld) {

    public Movement {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(derivation, "derivation");
    }
}
