package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.conflictmap.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueryParameterTests {

    static final LocalDate JAN_1 = LocalDate.of(2016, 1, 1);
    static final LocalDate JAN_31 = LocalDate.of(2016, 1, 31);

    @Test
    void readsDatetimeInstantsAndIntervalsWithOpenEnds() {
        assertThat(DatetimeParameter.parse("2016-01-01")).isEqualTo(DateRange.instant(JAN_1));
        assertThat(DatetimeParameter.parse("2016-01-01T23:59:59-05:00")).isEqualTo(DateRange.instant(LocalDate.of(2016, 1, 2)));
        assertThat(DatetimeParameter.parse("2016-01-01/2016-01-31")).isEqualTo(new DateRange(JAN_1, JAN_31, true));
        assertThat(DatetimeParameter.parse("../2016-01-31")).isEqualTo(new DateRange(null, JAN_31, true));
        assertThat(DatetimeParameter.parse("2016-01-01/")).isEqualTo(new DateRange(JAN_1, null, true));
        assertThat(DatetimeParameter.parse("2016-01-01T00:00:00Z/..")).isEqualTo(new DateRange(JAN_1, null, true));
    }

    @Test
    void picksTheSnapshotDayOfARange() {
        LocalDate today = LocalDate.of(2020, 5, 5);
        assertThat(DateRange.instant(JAN_1).snapshotDay(today)).isEqualTo(JAN_1);
        assertThat(new DateRange(JAN_1, JAN_31, true).snapshotDay(today)).isEqualTo(JAN_31);
        assertThat(new DateRange(JAN_1, null, true).snapshotDay(today)).isEqualTo(today);
    }

    @Test
    void refusesMalformedDatetimes() {
        for (String bad : new String[] {"2016-13-45", "../..", "/", "2016", "2016-01-01/2015-01-01", "a/b/c", "",
            "2016-02-30", "2016-01-01T25:00:00Z", "+99999-01-01T00:00:00Z", "-2016-01-01T00:00:00Z",
            "99999-01-01T00:00:00Z/..", "\u0661\u0669\u0669\u0669-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> DatetimeParameter.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .extracting("field").isEqualTo("datetime");
        }
    }

    @Test
    void readsBoxesOfFourOrSixNumbersAndAntimeridianCrossings() {
        assertThat(BboxParameter.parse("40,32,46,37")).isEqualTo(new BoundingBox(40, 32, 46, 37));
        assertThat(BboxParameter.parse("40,32,-100,46,37,5000")).isEqualTo(new BoundingBox(40, 32, 46, 37));
        BoundingBox pacific = BboxParameter.parse("170,-20,-170,20");
        assertThat(pacific.crossesAntimeridian()).isTrue();
        assertThat(pacific.parts()).hasSize(2);
        assertThat(pacific.contains(175, 0)).isTrue();
        assertThat(pacific.contains(-175, 0)).isTrue();
        assertThat(pacific.contains(0, 0)).isFalse();
        for (String bad : new String[] {"1,2,3", "a,b,c,d", "0,10,1,5", "0,0,181,1", "0,-91,1,1", "NaN,0,1,1",
            "Infinity,0,1,1", "0x1,0,1,1", "1,2,3,4,5"}) {
            assertThatThrownBy(() -> BboxParameter.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .extracting("field").isEqualTo("bbox");
        }
    }

    @Test
    void servesTheMaximumForALargerLimitAndRefusesTheRest() {
        assertThat(LimitParameter.limit("10", 500)).isEqualTo(10);
        assertThat(LimitParameter.limit("99999999999999999999", 500)).isEqualTo(500);
        for (String bad : new String[] {"0", "-1", "1.5", "ten", ""}) {
            assertThatThrownBy(() -> LimitParameter.limit(bad, 500)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> LimitParameter.offset("-1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readsIdListsAndChecksEventTypes() {
        assertThat(IdListParameter.factions("isis, Peshmerga ,pmf")).containsExactly("isis", "peshmerga", "pmf");
        assertThat(IdListParameter.types("capture,attack", Set.of("capture", "attack"))).hasSize(2);
        assertThatThrownBy(() -> IdListParameter.types("capture,picnic", Set.of("capture")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("type");
        assertThatThrownBy(() -> IdListParameter.factions("a,,b")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> IdListParameter.factions("x'; DROP")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void choosesHtmlOnlyWhenPreferredToJson() {
        assertThat(Representation.of(null, "text/html,application/xhtml+xml,*/*;q=0.8")).isEqualTo(Representation.HTML);
        assertThat(Representation.of(null, "application/geo+json, text/html;q=0.5")).isEqualTo(Representation.JSON);
        assertThat(Representation.of(null, "*/*")).isEqualTo(Representation.JSON);
        assertThat(Representation.of(null, "garbage;;;")).isEqualTo(Representation.JSON);
        assertThat(Representation.of("html", "application/json")).isEqualTo(Representation.HTML);
    }

    @Test
    void refusesAFilterComparingANumberWithText() {
        Queryables queryables = new EventFeatures(null).queryables();
        for (String bad : new String[] {"confidence > 'x'", "confidence BETWEEN 'a' AND 1", "NOT (confidence = 'high')",
            "actor = 'a' OR 'x' < confidence"}) {
            assertThatThrownBy(() -> FilterParameter.parse(bad, null, queryables)).as(bad)
                    .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("filter");
        }
        assertThat(FilterParameter.parse("confidence > '0.5' AND actor = 'x'", null, queryables)).isNotNull();
    }
}
