package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.ALIGNMENT;
import static org.conflictmap.territory.TerritoryFixtures.claim;
import static org.conflictmap.territory.TerritoryFixtures.day;
import static org.conflictmap.territory.TerritoryFixtures.event;
import static org.conflictmap.territory.TerritoryFixtures.now;
import static org.conflictmap.territory.TerritoryFixtures.placeIn;

import java.util.List;

import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.RecordedEvent;
import org.junit.jupiter.api.Test;

class ClaimsAndPrecisionTests {

    @Test
    void controlClaimStartsControlOnItsOwnDay() {
        PlaceTimeline adir = placeIn(now(List.of(), List.of(claim("red", ADIR, "2016-10-28").build())), ADIR);

        ControlInterval control = adir.on(day("2016-10-28")).orElseThrow();
        assertThat(control.controller()).isEqualTo("red");
        assertThat(control.derivation()).isEqualTo(Derivation.CLAIMED);
        assertThat(control.sources()).extracting(ControlSource::kind).containsExactly(ControlSource.Kind.CLAIM);
        assertThat(adir.controllerOn(day("2016-10-27"))).isEmpty();
    }

    @Test
    void claimByTheHolderConfirmsControlWithoutStartingANewInterval() {
        ControlClaim later = claim("red", ADIR, "2016-04-07").article(2).build();
        PlaceTimeline adir = placeIn(now(List.of(event(CAPTURE, "red", ADIR, "2014-06-10").build()), List.of(later)), ADIR);

        assertThat(adir.intervals()).hasSize(1);
        assertThat(adir.intervals().get(0).since()).isEqualTo(day("2014-06-10"));
        assertThat(adir.intervals().get(0).sources()).extracting(ControlSource::id).contains(later.id());
    }

    @Test
    void claimByAnAllyOfTheHolderConfirmsTheHolder() {
        PlaceTimeline adir = placeIn(now(List.of(event(CAPTURE, "green", ADIR, "2016-06-17").build()),
                List.of(claim("blue", ADIR, "2016-06-25").article(2).build())), ADIR);

        assertThat(adir.controllerOn(day("2016-06-30"))).contains("green");
        assertThat(adir.intervals()).hasSize(1);
    }

    @Test
    void claimByAnEnemyLaterThanTheLastChangeStartsItsControl() {
        PlaceTimeline adir = placeIn(now(List.of(event(CAPTURE, "blue", ADIR, "2016-03-31").build()),
                List.of(claim("red", ADIR, "2016-05-07").article(2).build())), ADIR);

        assertThat(adir.controllerOn(day("2016-05-06"))).contains("blue");
        assertThat(adir.controllerOn(day("2016-05-07"))).contains("red");
    }

    @Test
    void monthPrecisionCaptureIsPlacedOnItsDateAndCarriesItsPrecision() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2013-06-05").precision(DatePrecision.MONTH).build()), ADIR);

        ControlInterval control = adir.on(day("2013-06-05")).orElseThrow();
        assertThat(control.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(adir.controllerOn(day("2013-06-04"))).isEmpty();
    }

    @Test
    void reportsOfTheSameCaptureAtDifferentPrecisionsAreOneInterval() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2014-06-10").article(1).build(),
                event(CAPTURE, "red", ADIR, "2014-06-10").precision(DatePrecision.WEEK).article(2).build(),
                event(CAPTURE, "red", ADIR, "2014-06-10").precision(DatePrecision.YEAR).article(3).build()), ADIR);

        assertThat(adir.intervals()).hasSize(1);
        assertThat(adir.intervals().get(0).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(adir.intervals().get(0).sources()).hasSize(3);
    }

    @Test
    void controlPersistsWithoutAStalenessLimitAndLapsesWithOne() {
        RecordedEvent capture = event(CAPTURE, "red", ADIR, "2015-01-01").build();
        ControlOptions stale = new ControlOptions(30, 14, 0.2, 60, true);

        assertThat(placeIn(now(capture), ADIR).controllerOn(day("2017-01-01"))).contains("red");
        PlaceTimeline lapsing = placeIn(new ControlTimelineBuilder(ALIGNMENT, stale).build(List.of(capture), List.of()), ADIR);
        assertThat(lapsing.controllerOn(day("2015-03-01"))).contains("red");
        assertThat(lapsing.controllerOn(day("2015-03-02"))).isEmpty();
    }

    @Test
    void lookBackWindowIsConfigurable() {
        ControlOptions shortLookBack = new ControlOptions(5, 14, 0.2, 0, true);
        RecordedEvent capture = event(CAPTURE, "red", ADIR, "2014-06-10").target("blue").build();
        PlaceTimeline adir = placeIn(new ControlTimelineBuilder(ALIGNMENT, shortLookBack).build(List.of(capture), List.of()), ADIR);

        assertThat(adir.controllerOn(day("2014-06-05"))).contains("blue");
        assertThat(adir.controllerOn(day("2014-06-04"))).isEmpty();
    }
}
