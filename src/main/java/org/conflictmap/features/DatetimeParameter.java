package org.conflictmap.features;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.conflictmap.system.InvalidInputException;

/**
 * Parses {@code datetime} as OGC API - Features Part 1 defines it: an RFC 3339 date or date-time, or an
 * interval {@code start/end} where one end may be open ({@code ..} or empty). Date-times are reduced to
 * their UTC day, because every fact in the store is dated to a day. {@code ../..} and an interval that
 * ends before it starts are refused, and so are years that are not four digits.
 */
final class DatetimeParameter {

    private static final String OPEN = "..";
    /** RFC 3339 years have four digits: no sign, no year 99999 (which java.time would accept). */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[0-9]{4}-");

    private DatetimeParameter() {
    }

    /** @throws InvalidInputException naming {@code datetime} when the value is not one of the forms above */
    static DateRange parse(String raw) {
        String value = raw.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            return DateRange.instant(day(value));
        }
        if (value.indexOf('/', slash + 1) >= 0) {
            throw invalid(raw);
        }
        LocalDate start = end(value.substring(0, slash));
        LocalDate end = end(value.substring(slash + 1));
        if (start == null && end == null) {
            throw new InvalidInputException(Ogc.P_DATETIME, "An interval must be closed at one end at least.");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputException(Ogc.P_DATETIME, "The interval ends before it starts.");
        }
        return new DateRange(start, end, true);
    }

    private static LocalDate end(String part) {
        String value = part.strip();
        return value.isEmpty() || value.equals(OPEN) ? null : day(value);
    }

    private static LocalDate day(String value) {
        if (!FOUR_DIGIT_YEAR.matcher(value).lookingAt()) {
            throw invalid(value);
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            return OffsetDateTime.parse(value.replace(' ', 'T').replace('z', 'Z').replace('t', 'T'))
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw invalid(value);
        }
    }

    private static InvalidInputException invalid(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return new InvalidInputException(Ogc.P_DATETIME, "'" + shown + "' is not an RFC 3339 date, date-time "
                + "or interval (for example 2015-03-02, 2015-03-02T10:00:00Z, 2015-01-01/2015-12-31, ../2015-12-31).");
    }
}
