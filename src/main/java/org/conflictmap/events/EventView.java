package org.conflictmap.events;

import java.time.LocalDate;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.ResolvedMention;

/** The JSON form of a stored event in the article API. */
record EventView(long id, String type, String actor, String target, PlaceRef place, PlaceRef origin,
                 LocalDate date, String datePrecision, double confidence, Evidence evidence) {

    static EventView of(RecordedEvent recorded) {
        ConflictEvent e = recorded.event();
        return new EventView(recorded.id(), e.type().id(), e.actor(), e.target(), PlaceRef.of(e.place()),
                e.origin() == null ? null : PlaceRef.of(e.origin()), e.date().date(), e.date().precision().id(),
                e.confidence(), e.evidence());
    }

    /** Which place, and where the article names it. */
    record PlaceRef(String id, String name, double lat, double lon, int start, int end, String surface) {
        static PlaceRef of(ResolvedMention m) {
            Place p = m.place();
            return new PlaceRef(p.id(), p.name(), p.lat(), p.lon(), m.start(), m.end(), m.surface());
        }
    }
}
