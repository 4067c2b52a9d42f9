package org.conflictmap.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English time phrases and resolves them against an anchor day (the publication day, or the date of
 * the post the phrase sits in). Weekdays mean the latest such day on or before the anchor; a day and month
 * without a year take the latest year that does not pass the anchor; "last week" is the anchor minus seven
 * days with week precision, "last month" the previous month, and so on. Future phrases ("next week",
 * "tomorrow") are not resolved. Stateless and thread-safe.
 */
public final class DateResolver {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)";
    private static final String UNIT = "(day|week|month|year)s?";

    private final List<Rule> rules = List.of(
            new Rule("(?:" + WEEKDAY + "(?:\\s+(?:night|morning|evening|afternoon))?,?\\s+)?" + MONTH
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)", (m, a) -> monthDay(m, 2, 3, 4, a)),
            new Rule("(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+(\\d{4}))?(?!\\d)", (m, a) -> monthDay(m, 3, 2, 4, a)),
            new Rule("(?:in\\s+|since\\s+|during\\s+)?(?:early\\s+|late\\s+|mid-)?" + MONTH + ",?\\s+((?:19|20)\\d{2})(?![\\d-])",
                    (m, a) -> at(LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 15), DatePrecision.MONTH)),
            new Rule("(?:in|since|during|until|by|from|of)\\s+(?:early\\s+|late\\s+|mid-)?" + MONTH + "(?![\\w-])",
                    (m, a) -> bareMonth(month(m.group(1)), a)),
            new Rule("(?<![\\d,.$-])((?:19|20)\\d{2})(?![\\d,]|\\s*(?:km|kilomet|mile|people|fighters|soldiers|troops|men))",
                    (m, a) -> year(Integer.parseInt(m.group(1)), a)),
            new Rule("(?:(?:on|last|this past)\\s+)?" + WEEKDAY + "(?:\\s+(?:night|morning|evening|afternoon))?",
                    (m, a) -> at(a.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)))),
                            DatePrecision.DAY)),
            new Rule("yesterday|last night|(?:the\\s+)?(?:previous|preceding)\\s+day|the\\s+day\\s+before|a\\s+day\\s+(?:earlier|before|ago)",
                    (m, a) -> at(a.minusDays(1), DatePrecision.DAY)),
            new Rule("(?:a\\s+few\\s+|several\\s+|\\d+\\s+)?hours\\s+(?:ago|earlier)|overnight|earlier\\s+today",
                    (m, a) -> at(a, DatePrecision.DAY)),
            new Rule("(?:over\\s+)?(?:the|this)\\s+weekend", (m, a) -> at(a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), DatePrecision.WEEK)),
            new Rule("today|tonight|this morning|this evening|this afternoon", (m, a) -> at(a, DatePrecision.DAY)),
            new Rule("(?:last|the previous|the past|the preceding)\\s+week(?:end)?|the week before|a week (?:ago|earlier|before)",
                    (m, a) -> at(a.minusDays(7), DatePrecision.WEEK)),
            new Rule("(?:earlier\\s+)?this week|(?:in\\s+)?recent days|(?:in\\s+|over\\s+|during\\s+)?the (?:last|past) (?:few|two|three|several) days",
                    (m, a) -> at(a.minusDays(2), DatePrecision.WEEK)),
            new Rule("(?:last|the previous|the past)\\s+month|a month (?:ago|earlier|before)",
                    (m, a) -> at(a.minusMonths(1), DatePrecision.MONTH)),
            new Rule("(?:earlier\\s+)?this month", (m, a) -> at(a.withDayOfMonth(Math.max(1, a.getDayOfMonth() / 2)), DatePrecision.MONTH)),
            new Rule("(?:last|the previous|the past)\\s+year|a year (?:ago|earlier|before)",
                    (m, a) -> at(a.minusYears(1), DatePrecision.YEAR)),
            new Rule("earlier this year|this year", (m, a) -> at(a.withDayOfYear(Math.max(1, a.getDayOfYear() / 2)), DatePrecision.MONTH)),
            new Rule("(?:last|this past)\\s+(spring|summer|autumn|fall|winter)", (m, a) -> season(m.group(1), a)),
            new Rule(NUMBER + "(?:\\s+or\\s+" + NUMBER + ")?\\s+" + UNIT + "\\s+(?:ago|earlier|before)",
                    (m, a) -> ago(m.group(1), m.group(2), m.group(3), a)));

    private final Pattern future = Pattern.compile("(?i)\\b(?:tomorrow|next\\s+(?:week|month|year|summer|spring|autumn|fall|winter))\\b");

    /** The time phrases of {@code text[from, to)}, in text order, resolved against {@code anchor}. */
    public List<TemporalExpression> find(String text, int from, int to, LocalDate anchor) {
        String region = text.substring(from, to);
        List<TemporalExpression> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(region);
            while (m.find()) {
                EventDate date = rule.resolve().apply(m, anchor);
                if (date != null) {
                    found.add(new TemporalExpression(from + m.start(), from + m.end(), date));
                }
            }
        }
        return longestWithoutOverlap(found);
    }

    /** Whether the text speaks of a future time ("tomorrow", "next week"). */
    public boolean mentionsFuture(String text) {
        return future.matcher(text).find();
    }

    /**
     * The date a line states when the line is a date line of a page or post ("October 19, 2016",
     * "Posted on 3 May 2015", "Title, Publisher, July 31, 2017"); empty otherwise.
     */
    public Optional<LocalDate> dateLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("(?i)(?:^|,\\s*|^posted\\s+(?:on\\s+)?|^updated\\s+(?:on\\s+)?)(?:" + WEEKDAY + ",?\\s+)?"
                + "(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4}))"
                + "(?:\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?$").matcher(trimmed);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            if (m.group(2) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), month(m.group(2)), Integer.parseInt(m.group(3))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(7)), month(m.group(6)), Integer.parseInt(m.group(5))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static EventDate monthDay(Matcher m, int monthGroup, int dayGroup, int yearGroup, LocalDate anchor) {
        int month = month(m.group(monthGroup));
        int day = Integer.parseInt(m.group(dayGroup));
        if (day < 1 || day > 31) {
            return null;
        }
        try {
            if (m.group(yearGroup) != null) {
                return at(LocalDate.of(Integer.parseInt(m.group(yearGroup)), month, day), DatePrecision.DAY);
            }
            LocalDate candidate = LocalDate.of(anchor.getYear(), month, Math.min(day, 28)).withDayOfMonth(day);
            // a small lead over the anchor is kept in the same year: a dateline can lag the events by a day
            if (candidate.isAfter(anchor.plusDays(1))) {
                candidate = candidate.minusYears(1);
            }
            return at(candidate, DatePrecision.DAY);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static EventDate bareMonth(int month, LocalDate anchor) {
        LocalDate d = LocalDate.of(anchor.getYear(), month, 15);
        if (d.getMonthValue() > anchor.getMonthValue()) {
            d = d.minusYears(1);
        }
        return at(d.isAfter(anchor) ? anchor : d, DatePrecision.MONTH);
    }

    private static EventDate year(int year, LocalDate anchor) {
        if (year > anchor.getYear() || year < 1900) {
            return null;
        }
        if (year == anchor.getYear()) {
            return at(anchor.withDayOfYear(Math.max(1, anchor.getDayOfYear() / 2)), DatePrecision.YEAR);
        }
        return at(LocalDate.of(year, 7, 1), DatePrecision.YEAR);
    }

    private static EventDate season(String name, LocalDate anchor) {
        int startMonth = switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        LocalDate start = LocalDate.of(anchor.getYear(), startMonth, 1);
        while (!start.plusMonths(3).isBefore(anchor.plusDays(1))) {
            start = start.minusYears(1);
        }
        return at(start.plusMonths(1), DatePrecision.MONTH);
    }

    private static EventDate ago(String first, String second, String unit, LocalDate anchor) {
        double n = number(first);
        if (second != null) {
            n = (n + number(second)) / 2;
        }
        ChronoUnit u = ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S");
        long days = Math.round(n * u.getDuration().toDays() * (u == ChronoUnit.MONTHS ? 30.44 / u.getDuration().toDays() : 1));
        DatePrecision precision = switch (u) {
            case DAYS -> n <= 3 ? DatePrecision.DAY : DatePrecision.WEEK;
            case WEEKS -> DatePrecision.WEEK;
            case MONTHS -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
        return at(anchor.minusDays(days), precision);
    }

    private static double number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return switch (w) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of" -> 2;
            case "three", "a few" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six", "several" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            default -> 12;
        };
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static EventDate at(LocalDate date, DatePrecision precision) {
        return new EventDate(date, precision);
    }

    private static List<TemporalExpression> longestWithoutOverlap(List<TemporalExpression> found) {
        List<TemporalExpression> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((TemporalExpression t) -> t.end() - t.start()).reversed()
                .thenComparingInt(TemporalExpression::start));
        List<TemporalExpression> kept = new ArrayList<>();
        for (TemporalExpression t : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(TemporalExpression::start));
        return kept;
    }

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, EventDate> resolve) {
        Rule(String regex, BiFunction<Matcher, LocalDate, EventDate> resolve) {
            this(Pattern.compile("(?iU)(?<![\\w])(?:" + regex + ")(?![\\w])"), resolve);
        }
    }
}
