package org.conflictmap.features;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.conflictmap.system.InvalidInputException;

/** Parses a calendar-day parameter ({@code known_at}, {@code from}, {@code to}): {@code 2015-06-01}. */
final class DayParameter {

    private DayParameter() {
    }

    static LocalDate parse(String name, String raw) {
        try {
            String value = raw.strip();
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException(name, "'" + name + "' must be a date such as 2015-06-01.");
    }
}
