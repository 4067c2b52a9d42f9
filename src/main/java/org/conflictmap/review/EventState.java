package org.conflictmap.review;

import java.time.LocalDate;

import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.Evidence;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.geoparsing.ResolvedMention;

/**
 * An event as the review sees it, also the JSON snapshot kept in revisions: its content, where it
 * stands in review and the version that optimistic concurrency checks.
 *
 * @param status     {@code unreviewed}, {@code confirmed}, {@code rejected} or {@code merged}
 * @param mergedInto the surviving event when {@code status} is {@code merged}
 * @param origin     {@code machine} (as extracted) or {@code analyst} (added or decided on by an analyst)
 * @param from       where the forces came from (deployments and advances), or {@code null}
 */
record EventState(long id, long articleId, LocalDate knownFrom, String status, Long mergedInto, String origin,
                  int version, String type, String actor, String target, PlaceRef place, PlaceRef from,
                  LocalDate date, String datePrecision, double confidence, Evidence evidence) {

    static final String UNREVIEWED = "unreviewed";
    static final String CONFIRMED = "confirmed";
    static final String REJECTED = "rejected";
    static final String MERGED = "merged";

    static EventState of(RecordedEvent recorded, String status, String origin, int version) {
        ConflictEvent e = recorded.event();
        return new EventState(recorded.id(), recorded.articleId(), recorded.knownFrom(), status, null, origin, version,
                e.type().id(), e.actor(), e.target(), PlaceRef.of(e.place()),
                e.origin() == null ? null : PlaceRef.of(e.origin()), e.date().date(), e.date().precision().id(),
                e.confidence(), e.evidence());
    }

    /** Whether the event counts (in the event table, the feeds and control). */
    boolean live() {
        return UNREVIEWED.equals(status) || CONFIRMED.equals(status);
    }

    EventState decided(String newStatus, Long newMergedInto) {
        return new EventState(id, articleId, knownFrom, newStatus, newMergedInto, "analyst", version + 1, type, actor,
                target, place, from, date, datePrecision, confidence, evidence);
    }

    EventState withContent(String newType, String newActor, String newTarget, PlaceRef newPlace, LocalDate newDate,
                           String newPrecision) {
        return new EventState(id, articleId, knownFrom, status, mergedInto, origin, version, newType, newActor,
                newTarget, newPlace, from, newDate, newPrecision, confidence, evidence);
    }

    /** This state as the next version of {@code current} (used by revert). */
    EventState asSuccessorOf(EventState current) {
        return new EventState(id, articleId, knownFrom, status, mergedInto, "analyst", current.version + 1, type, actor,
                target, place, from, date, datePrecision, confidence, evidence);
    }

    /** A place and where the article names it. */
    record PlaceRef(String id, String name, int start, int end, String surface) {
        static PlaceRef of(ResolvedMention m) {
            return new PlaceRef(m.place().id(), m.place().name(), m.start(), m.end(), m.surface());
        }
    }
}
