package org.conflictmap.territory;

import java.time.LocalDate;

import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.Evidence;

/**
 * One fact behind a control interval: the event or claim, its article, sentence and confidence.
 *
 * @param kind       whether {@code id} is an event id, a claim id or an analyst contest mark id
 * @param id         the event, claim or contest mark id
 * @param articleId  the source article (0 for an analyst contest mark)
 * @param faction    the faction the fact is about (actor, withdrawing faction, target or holder);
 *                   {@code null} for an analyst contest mark
 * @param role       what the fact says about control
 * @param date       the fact's date
 * @param precision  the precision of that date
 * @param confidence 0..1
 * @param evidence   the supporting sentence
 */
public record ControlSource(Kind kind, long id, long articleId, String faction, Role role, LocalDate date,
                            DatePrecision precision, double confidence, Evidence evidence) {

    /** Where a source comes from. */
    public enum Kind {
        EVENT, CLAIM,
        /** An analyst's contest mark; the evidence text is the analyst's name and reason. */
        REVIEW
    }

    /** What a source says about control of the place. */
    public enum Role {
        /** The faction took the place (a capture). */
        GAINED,
        /** The faction held the place up to the fact's day (a withdrawal, or the target of a capture). */
        LOST,
        /** The faction held the place on the fact's day (a control claim or the target of an advance). */
        HELD,
        /** The faction advanced on or attacked the place without a stated outcome. */
        PRESSED
    }
}
