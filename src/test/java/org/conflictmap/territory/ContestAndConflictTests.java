package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.ADVANCE;
import static org.conflictmap.events.EventType.ATTACK;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.claim;
import static org.conflictmap.territory.TerritoryFixtures.day;
import static org.conflictmap.territory.TerritoryFixtures.event;
import static org.conflictmap.territory.TerritoryFixtures.now;
import static org.conflictmap.territory.TerritoryFixtures.placeIn;

import java.util.List;

import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.RecordedEvent;
import org.junit.jupiter.api.Test;

class ContestAndConflictTests {

    @Test
    void advanceWithoutOutcomeContestsThePlaceForTheWindowWithoutChangingTheController() {
        RecordedEvent push = event(ADVANCE, "blue", ADIR, "2016-02-01").article(2).build();
        PlaceTimeline adir = placeIn(now(event(CAPTURE, "red", ADIR, "2016-01-01").build(), push), ADIR);

        ControlInterval during = adir.on(day("2016-02-14")).orElseThrow();
        assertThat(during.controller()).isEqualTo("red");
        assertThat(during.contested()).isTrue();
        assertThat(during.since()).isEqualTo(day("2016-01-01"));
        assertThat(during.contest()).extracting(ControlSource::id).containsExactly(push.id());
        assertThat(adir.on(day("2016-01-31")).orElseThrow().contested()).isFalse();
        assertThat(adir.on(day("2016-02-15")).orElseThrow().contested()).isFalse();
        assertThat(adir.controllerOn(day("2016-02-15"))).contains("red");
    }

    @Test
    void attackByAnAllyOfTheHolderDoesNotContestThePlace() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "green", ADIR, "2016-06-17").build(),
                event(ATTACK, "blue", ADIR, "2016-06-18").build()), ADIR);

        assertThat(adir.intervals()).extracting(ControlInterval::contested).containsOnly(false);
    }

    @Test
    void contestWindowEndsWhenTheAttackerTakesThePlace() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2016-01-01").build(),
                event(ADVANCE, "blue", ADIR, "2016-02-01").article(2).build(),
                event(CAPTURE, "blue", ADIR, "2016-02-05").article(2).build()), ADIR);

        assertThat(adir.on(day("2016-02-04")).orElseThrow().contested()).isTrue();
        ControlInterval after = adir.on(day("2016-02-06")).orElseThrow();
        assertThat(after.controller()).isEqualTo("blue");
        assertThat(after.contested()).isFalse();
    }

    @Test
    void advanceAgainstANamedTargetShowsTheTargetHeldThePlace() {
        PlaceTimeline adir = placeIn(now(event(ADVANCE, "blue", ADIR, "2016-10-17").target("red").build()), ADIR);

        ControlInterval control = adir.on(day("2016-10-17")).orElseThrow();
        assertThat(control.controller()).isEqualTo("red");
        assertThat(control.derivation()).isEqualTo(Derivation.CLAIMED);
        assertThat(control.contested()).isTrue();
    }

    @Test
    void credibleCapturesByEnemiesFromDifferentArticlesOnTheSameDaysMarkThePlaceContested() {
        RecordedEvent redReport = event(CAPTURE, "red", ADIR, "2014-06-12").confidence(0.8).article(1).build();
        RecordedEvent blueReport = event(CAPTURE, "blue", ADIR, "2014-06-12").confidence(0.75).article(2).build();
        ControlInterval control = placeIn(now(redReport, blueReport), ADIR).on(day("2014-06-13")).orElseThrow();

        assertThat(control.controller()).isEqualTo("red");
        assertThat(control.contested()).isTrue();
        assertThat(control.contest()).extracting(ControlSource::id).contains(redReport.id(), blueReport.id());
    }

    @Test
    void lessConfidentReportNeverOverridesAMoreConfidentOneInTheSameWindow() {
        RecordedEvent strong = event(CAPTURE, "red", ADIR, "2014-06-11").confidence(0.9).article(1).build();
        RecordedEvent weak = event(CAPTURE, "blue", ADIR, "2014-06-12").confidence(0.5).article(2).build();
        PlaceTimeline adir = placeIn(now(strong, weak), ADIR);

        assertThat(adir.controllerOn(day("2014-06-20"))).contains("red");
        assertThat(adir.intervals()).extracting(ControlInterval::contested).containsOnly(false);
        assertThat(adir.intervals()).flatExtracting(ControlInterval::sources).extracting(ControlSource::id)
                .doesNotContain(weak.id());
    }

    @Test
    void weakClaimDoesNotOverrideAStrongCaptureOnTheSameDay() {
        PlaceTimeline adir = placeIn(now(
                List.of(event(CAPTURE, "red", ADIR, "2014-06-11").confidence(0.9).article(1).build()),
                List.of(claim("blue", ADIR, "2014-06-11").confidence(0.4).article(2).build())), ADIR);

        assertThat(adir.controllerOn(day("2014-06-12"))).contains("red");
    }

    @Test
    void capturesFromTheSameArticleAreASequenceNotAConflict() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "blue", ADIR, "2016-03-31").precision(DatePrecision.WEEK).article(7).build(),
                event(CAPTURE, "red", ADIR, "2016-04-04").precision(DatePrecision.WEEK).article(7).build()), ADIR);

        assertThat(adir.controllerOn(day("2016-04-01"))).contains("blue");
        assertThat(adir.controllerOn(day("2016-04-07"))).contains("red");
        assertThat(adir.intervals()).extracting(ControlInterval::contested).containsOnly(false);
    }

    @Test
    void coarseReportFarFromAFineOneIsNotAConflict() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2014-06-11").article(1).build(),
                event(CAPTURE, "blue", ADIR, "2015-03-31").precision(DatePrecision.YEAR).article(2).build()), ADIR);

        assertThat(adir.controllerOn(day("2014-06-12"))).contains("red");
        assertThat(adir.controllerOn(day("2015-04-01"))).contains("blue");
        assertThat(adir.intervals()).extracting(ControlInterval::contested).containsOnly(false);
    }
}
