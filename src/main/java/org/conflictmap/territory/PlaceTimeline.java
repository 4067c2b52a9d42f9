package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.conflictmap.gazetteer.Place;

/**
 * The control history of one place: non-overlapping intervals in date order, with gaps where control
 * is unknown. Immutable and thread-safe.
 */
public record PlaceTimeline(Place place, List<ControlInterval> intervals) {

    public PlaceTimeline {
        Objects.requireNonNull(place, "place");
        intervals = List.copyOf(intervals);
    }

    /** The interval covering {@code day}, or empty when control is unknown on that day. Binary search. */
    public Optional<ControlInterval> on(LocalDate day) {
        int low = 0;
        int high = intervals.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            ControlInterval interval = intervals.get(mid);
            if (day.isBefore(interval.from())) {
                high = mid - 1;
            } else if (interval.to() != null && !day.isBefore(interval.to())) {
                low = mid + 1;
            } else {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }

    /** The faction holding the place on {@code day}, or empty when unknown. */
    public Optional<String> controllerOn(LocalDate day) {
        return on(day).map(ControlInterval::controller);
    }
}
