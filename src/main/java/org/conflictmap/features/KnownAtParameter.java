package org.conflictmap.features;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.conflictmap.system.InvalidInputException;

/** Parses {@code known_at}: an ISO 8601 calendar date ({@code 2015-06-01}). */
final class KnownAtParameter {

    private KnownAtParameter() {
    }

    static LocalDate parse(String raw) {
        try {
            String value = raw.strip();
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException(Ogc.P_KNOWN_AT, "'known_at' must be a date such as 2015-06-01.");
    }
}
