package org.conflictmap.events;

import java.time.LocalDate;
import java.util.Objects;

/** The best estimate of the day an event happened, and how precise that estimate is. */
public record EventDate(LocalDate date, DatePrecision precision) {

    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }
}
