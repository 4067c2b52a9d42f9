package org.conflictmap.events;

import java.time.LocalDate;
import java.util.Objects;

import org.conflictmap.gazetteer.Place;

/**
 * A text's statement that a faction holds a place on a day, outside the five event types ("ISIS-held
 * Mosul", "the town remains in government hands"). Immutable.
 *
 * @param id         store id of the claim
 * @param articleId  the article it was read from
 * @param knownFrom  the day it became known (the article's publication day)
 * @param place      the gazetteer place held
 * @param faction    faction id of the holder
 * @param date       the day the holding is asserted for
 * @param precision  how tightly the text pins that day
 * @param confidence 0..1
 * @param evidence   the supporting sentence
 */
public record ControlClaim(long id, long articleId, LocalDate knownFrom, Place place, String faction,
                           LocalDate date, DatePrecision precision, double confidence, Evidence evidence) {

    public ControlClaim {
        Objects.requireNonNull(knownFrom, "knownFrom");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(faction, "faction");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The gazetteer id of the place held. */
    public String placeId() {
        return place.id();
    }
}
