package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days on which a recomputation changed who holds any of its places, as one span {@code [from, to)}
 * ({@code to} null: no end). A place that appears in only one of the two timelines changed on every day
 * it is held. Used to find the movements whose inferred origin may have moved.
 *
 * @param from first changed day
 * @param to   day after the last changed day, or null when the change runs on with no end
 */
record ControlChangeSpan(LocalDate from, LocalDate to) {

    /** The span of days where the controller of some place differs between the two timelines; empty if none. */
    static Optional<ControlChangeSpan> between(ControlTimeline before, ControlTimeline after) {
        Set<String> placeIds = new LinkedHashSet<>();
        before.places().forEach(t -> placeIds.add(t.place().id()));
        after.places().forEach(t -> placeIds.add(t.place().id()));
        LocalDate from = null;
        LocalDate to = null;
        boolean open = false;
        for (String id : placeIds) {
            PlaceTimeline old = before.place(id).orElse(null);
            PlaceTimeline now = after.place(id).orElse(null);
            TreeSet<LocalDate> bounds = new TreeSet<>();
            collectBounds(old, bounds);
            collectBounds(now, bounds);
            LocalDate[] days = bounds.toArray(LocalDate[]::new);
            for (int i = 0; i < days.length; i++) {
                if (controller(old, days[i]).equals(controller(now, days[i]))) {
                    continue;
                }
                from = from == null || days[i].isBefore(from) ? days[i] : from;
                if (i + 1 < days.length) {
                    to = to == null || days[i + 1].isAfter(to) ? days[i + 1] : to;
                } else {
                    open = true;
                }
            }
        }
        return from == null ? Optional.empty() : Optional.of(new ControlChangeSpan(from, open ? null : to));
    }

    private static void collectBounds(PlaceTimeline timeline, TreeSet<LocalDate> bounds) {
        if (timeline == null) {
            return;
        }
        for (ControlInterval interval : timeline.intervals()) {
            bounds.add(interval.from());
            if (interval.to() != null) {
                bounds.add(interval.to());
            }
        }
    }

    private static String controller(PlaceTimeline timeline, LocalDate day) {
        return timeline == null ? "" : timeline.controllerOn(day).orElse("");
    }
}
