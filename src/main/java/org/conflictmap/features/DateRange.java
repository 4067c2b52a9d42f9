package org.conflictmap.features;

import java.time.LocalDate;

/**
 * The {@code datetime} parameter as whole days: an instant ({@code start == end}) or an interval whose
 * either end may be open ({@code null}), never both. Both ends are inclusive.
 *
 * @param start    first day, or {@code null} for an open start
 * @param end      last day, or {@code null} for an open end
 * @param interval whether the client gave an interval (rather than one instant)
 */
record DateRange(LocalDate start, LocalDate end, boolean interval) {

    static DateRange instant(LocalDate day) {
        return new DateRange(day, day, false);
    }

    /**
     * The one day a snapshot layer (control, territory) shows: the instant, or the end of an interval;
     * for an interval open at the end, {@code today}.
     */
    LocalDate snapshotDay(LocalDate today) {
        return end != null ? end : today;
    }
}
