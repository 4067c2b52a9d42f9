package org.conflictmap.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateResolverTests {

    private static final LocalDate MONDAY_2015_01_05 = LocalDate.of(2015, 1, 5);
    private static final LocalDate TUESDAY_2014_06_10 = LocalDate.of(2014, 6, 10);

    private final DateResolver resolver = new DateResolver();

    private EventDate only(String text, LocalDate anchor) {
        List<TemporalExpression> found = resolver.find(text, 0, text.length(), anchor);
        assertThat(found).as("time phrases in: %s", text).hasSize(1);
        return found.get(0).date();
    }

    @Test
    void resolvesAWeekdayToTheLatestSuchDayBeforePublicationAcrossTheYearBoundary() {
        assertThat(only("The convoy left on Friday.", MONDAY_2015_01_05))
                .isEqualTo(new EventDate(LocalDate.of(2015, 1, 2), DatePrecision.DAY));
    }

    @Test
    void resolvesTheWeekdayOfPublicationToThatDay() {
        assertThat(only("Shelling resumed on Tuesday.", TUESDAY_2014_06_10).date()).isEqualTo(TUESDAY_2014_06_10);
    }

    @Test
    void resolvesLastMonthInJanuaryToThePreviousDecember() {
        EventDate d = only("The bridge was destroyed last month.", LocalDate.of(2016, 1, 20));
        assertThat(d.date()).hasYear(2015).hasMonthValue(12);
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void infersTheYearOfADayAndMonthAsTheLatestNotAfterPublication() {
        assertThat(only("Fighting began on Dec. 30 near the airport.", MONDAY_2015_01_05).date())
                .isEqualTo(LocalDate.of(2014, 12, 30));
        assertThat(only("Fighting began on 3 January near the airport.", MONDAY_2015_01_05).date())
                .isEqualTo(LocalDate.of(2015, 1, 3));
    }

    @Test
    void keepsAnExplicitYear() {
        assertThat(only("The town was shelled on October 17, 2016.", MONDAY_2015_01_05))
                .isEqualTo(new EventDate(LocalDate.of(2016, 10, 17), DatePrecision.DAY));
    }

    @Test
    void givesMonthAndYearPhrasesCoarsePrecision() {
        assertThat(only("The dam changed hands in June 2014.", MONDAY_2015_01_05).precision()).isEqualTo(DatePrecision.MONTH);
        EventDate year = only("The base was abandoned in 2013.", MONDAY_2015_01_05);
        assertThat(year.date()).hasYear(2013);
        assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void resolvesRelativeDayAndWeekPhrases() {
        assertThat(only("Troops arrived yesterday.", MONDAY_2015_01_05).date()).isEqualTo(LocalDate.of(2015, 1, 4));
        assertThat(only("Troops arrived two days ago.", MONDAY_2015_01_05).date()).isEqualTo(LocalDate.of(2015, 1, 3));
        assertThat(only("Troops arrived last week.", MONDAY_2015_01_05))
                .isEqualTo(new EventDate(LocalDate.of(2014, 12, 29), DatePrecision.WEEK));
        assertThat(only("Raids increased in recent days.", MONDAY_2015_01_05).precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void resolvesThePreviousDayAndHoursAgo() {
        assertThat(only("The town fell the previous day.", MONDAY_2015_01_05).date()).isEqualTo(LocalDate.of(2015, 1, 4));
        assertThat(only("Shelling began a few hours ago.", MONDAY_2015_01_05).date()).isEqualTo(MONDAY_2015_01_05);
    }

    @Test
    void resolvesLastSummerToTheMostRecentFinishedSummer() {
        assertThat(only("The town fell last summer.", LocalDate.of(2014, 6, 16)).date()).hasYear(2013).hasMonthValue(7);
        assertThat(only("The town fell last summer.", LocalDate.of(2014, 10, 2)).date()).hasYear(2014).hasMonthValue(7);
    }

    @Test
    void leavesNumbersThatAreNotYearsAlone() {
        assertThat(resolver.find("Some 2000 fighters and 1500 km of road.", 0, 39, MONDAY_2015_01_05)).isEmpty();
    }

    @Test
    void readsDateLinesOfPostsButNotDatesInsideSentences() {
        assertThat(resolver.dateLine("October 19, 2016")).contains(LocalDate.of(2016, 10, 19));
        assertThat(resolver.dateLine("Posted on 3 May 2015")).contains(LocalDate.of(2015, 5, 3));
        assertThat(resolver.dateLine("Frontline notes, Some Weekly, July 31, 2017")).contains(LocalDate.of(2017, 7, 31));
        assertThat(resolver.dateLine("The siege began on October 19, 2016 and lasted weeks.")).isEmpty();
    }
}
