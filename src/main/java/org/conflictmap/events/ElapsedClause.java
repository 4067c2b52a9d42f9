package org.conflictmap.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause that follows a length of time and dates the event told in it: in "victory was declared on
 * Monday, three years after the militants seized the city", the seizure happened three years before
 * Monday, and in "a week before the army retook it" the retake came a week after the sentence's own
 * time. The length itself is no time of the sentence. The shifted date is no finer than the length's
 * unit; a vague length ("several years") is not one. Immutable.
 *
 * @param start  offset where the length starts
 * @param end    offset where the clause's own words start
 * @param count  how many units
 * @param unit   the unit, with the precision it gives
 * @param sign   -1 for "after" (the event came that long before), +1 for "before"
 */
record ElapsedClause(int start, int end, int count, DatePrecision unit, int sign) {

    private static final Pattern LENGTH = Pattern.compile("(?i)\\b(?<n>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|eighteen|twenty|thirty)\\s+(?<unit>years?|months?|weeks?|days?)\\s+(?<rel>after|before)\\s+");
    /** The event must sit in the clause the length introduces: no clause boundary between them. */
    private static final Pattern BOUNDARY = Pattern.compile("[,;:()—–]|\\b(?:and|but|while|when)\\b");
    private static final int REACH = 80;
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30));

    /**
     * The length whose clause holds the trigger at {@code trigger}, in the same sentence; empty when the
     * trigger is in no such clause.
     */
    static Optional<ElapsedClause> governing(String text, int sentenceStart, int trigger) {
        Matcher m = LENGTH.matcher(text).region(Math.max(sentenceStart, trigger - REACH), trigger);
        ElapsedClause last = null;
        while (m.find()) {
            String n = m.group("n").toLowerCase();
            String unit = m.group("unit").toLowerCase();
            int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : NUMBERS.get(n);
            DatePrecision precision = unit.startsWith("year") ? DatePrecision.YEAR : unit.startsWith("month") ? DatePrecision.MONTH
                    : unit.startsWith("week") ? DatePrecision.WEEK : DatePrecision.DAY;
            last = new ElapsedClause(m.start(), m.end(), count, precision, m.group("rel").equalsIgnoreCase("after") ? -1 : 1);
        }
        if (last == null || BOUNDARY.matcher(text.substring(last.end(), trigger)).find()) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /** Whether a time phrase is (part of) the length rather than a time of the sentence. */
    boolean covers(TemporalExpression time) {
        return time.start() < end && start < time.end();
    }

    /** The event's date from the date of the sentence's own time. */
    EventDate from(EventDate main) {
        long n = (long) sign * count;
        LocalDate date = switch (unit) {
            case YEAR -> main.date().plusYears(n);
            case MONTH -> main.date().plusMonths(n);
            case WEEK -> main.date().plusWeeks(n);
            case DAY -> main.date().plusDays(n);
        };
        DatePrecision precision = main.precision().toleranceDays() > unit.toleranceDays() ? main.precision() : unit;
        return new EventDate(date, precision);
    }
}
