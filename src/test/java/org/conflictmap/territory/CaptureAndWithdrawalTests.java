package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.ADVANCE;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.events.EventType.DEPLOYMENT;
import static org.conflictmap.events.EventType.WITHDRAWAL;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.claim;
import static org.conflictmap.territory.TerritoryFixtures.day;
import static org.conflictmap.territory.TerritoryFixtures.event;
import static org.conflictmap.territory.TerritoryFixtures.now;
import static org.conflictmap.territory.TerritoryFixtures.placeIn;

import java.util.List;

import org.conflictmap.events.RecordedEvent;
import org.junit.jupiter.api.Test;

class CaptureAndWithdrawalTests {

    @Test
    void captureThenRecaptureHandsControlOverOnTheStatedDays() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-03-01").build(),
                event(CAPTURE, "blue", ADIR, "2015-04-10").article(2).build()), ADIR);

        assertThat(adir.controllerOn(day("2015-02-28"))).isEmpty();
        assertThat(adir.controllerOn(day("2015-03-01"))).contains("red");
        assertThat(adir.controllerOn(day("2015-04-09"))).contains("red");
        assertThat(adir.controllerOn(day("2015-04-10"))).contains("blue");
        assertThat(adir.controllerOn(day("2019-01-01"))).contains("blue");
        assertThat(adir.intervals()).extracting(ControlInterval::derivation).containsOnly(Derivation.STATED);
        assertThat(adir.intervals().get(1).to()).isNull();
    }

    @Test
    void captureAgainstNamedTargetBackFillsTheTargetForTheLookBackWindow() {
        PlaceTimeline adir = placeIn(now(event(CAPTURE, "red", ADIR, "2014-06-10").target("blue").build()), ADIR);

        ControlInterval before = adir.on(day("2014-06-09")).orElseThrow();
        assertThat(before.controller()).isEqualTo("blue");
        assertThat(before.derivation()).isEqualTo(Derivation.BACKFILLED);
        assertThat(before.from()).isEqualTo(day("2014-05-11"));
        assertThat(before.to()).isEqualTo(day("2014-06-10"));
        assertThat(adir.controllerOn(day("2014-05-10"))).isEmpty();
        assertThat(adir.controllerOn(day("2014-06-10"))).contains("red");
    }

    @Test
    void captureNamingAnAllyAsTargetBackFillsNothing() {
        PlaceTimeline adir = placeIn(now(event(CAPTURE, "blue", ADIR, "2014-06-10").target("green").build()), ADIR);

        assertThat(adir.controllerOn(day("2014-06-09"))).isEmpty();
        assertThat(adir.intervals()).singleElement().extracting(ControlInterval::controller).isEqualTo("blue");
    }

    @Test
    void sameDayWithdrawalOfTheLoserBackFillsItAndTheCapturerFollows() {
        PlaceTimeline adir = placeIn(now(
                event(WITHDRAWAL, "blue", ADIR, "2014-06-10").build(),
                event(CAPTURE, "red", ADIR, "2014-06-10").build()), ADIR);

        assertThat(adir.controllerOn(day("2014-06-09"))).contains("blue");
        assertThat(adir.controllerOn(day("2014-06-10"))).contains("red");
        assertThat(adir.on(day("2014-06-09")).orElseThrow().sources())
                .extracting(ControlSource::role).containsExactly(ControlSource.Role.LOST);
    }

    @Test
    void backFillNeverReachesBeforeTheLatestEarlierFact() {
        PlaceTimeline adir = placeIn(now(
                List.of(event(CAPTURE, "blue", ADIR, "2014-06-10").target("grey").article(2).build()),
                List.of(claim("red", ADIR, "2014-05-25").build())), ADIR);

        assertThat(adir.controllerOn(day("2014-05-25"))).contains("red");
        assertThat(adir.controllerOn(day("2014-05-26"))).contains("grey");
        assertThat(adir.on(day("2014-05-26")).orElseThrow().derivation()).isEqualTo(Derivation.BACKFILLED);
        assertThat(adir.controllerOn(day("2014-06-10"))).contains("blue");
    }

    @Test
    void withdrawalWithoutSuccessorLeavesControlUnknownAfterwards() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2016-01-05").build(),
                event(WITHDRAWAL, "red", ADIR, "2016-08-04").article(2).build()), ADIR);

        assertThat(adir.controllerOn(day("2016-08-03"))).contains("red");
        assertThat(adir.controllerOn(day("2016-08-04"))).isEmpty();
        assertThat(adir.intervals()).hasSize(1);
        assertThat(adir.intervals().get(0).sources()).hasSize(2);
    }

    @Test
    void withdrawalOnTheDayOfTheFactionsOwnAdvanceIsARepulseNotALossOfControl() {
        RecordedEvent advance = event(ADVANCE, "blue", ADIR, "2016-10-18").article(3).build();
        RecordedEvent fallBack = event(WITHDRAWAL, "blue", ADIR, "2016-10-18").article(3).build();
        PlaceTimeline adir = placeIn(now(List.of(advance, fallBack), List.of(claim("red", ADIR, "2016-10-01").build())), ADIR);

        assertThat(adir.controllerOn(day("2016-10-17"))).contains("red");
        assertThat(adir.controllerOn(day("2016-10-20"))).contains("red");
        assertThat(adir.intervals()).extracting(ControlInterval::controller).containsOnly("red");
    }

    @Test
    void attackersPullingOutDaysAfterTheirOffensiveLeaveTheHolderInPlace() {
        PlaceTimeline adir = placeIn(now(
                List.of(event(ADVANCE, "blue", ADIR, "2016-10-17").article(2).build(),
                        event(WITHDRAWAL, "blue", ADIR, "2016-10-26").article(3).build()),
                List.of(claim("red", ADIR, "2016-10-24").article(4).build())), ADIR);

        assertThat(adir.controllerOn(day("2016-10-25"))).contains("red");
        assertThat(adir.controllerOn(day("2016-10-27"))).contains("red");
        assertThat(adir.intervals()).extracting(ControlInterval::controller).containsOnly("red");
    }

    @Test
    void alliedCapturesOnTheSameDayAreOneOperationLedByTheMostConfidentActor() {
        RecordedEvent main = event(CAPTURE, "blue", ADIR, "2014-06-12").confidence(0.9).build();
        RecordedEvent partner = event(CAPTURE, "green", ADIR, "2014-06-12").confidence(0.7).build();
        ControlInterval control = placeIn(now(partner, main), ADIR).on(day("2014-06-12")).orElseThrow();

        assertThat(control.controller()).isEqualTo("blue");
        assertThat(control.partners()).containsExactly("green");
        assertThat(control.sources()).extracting(ControlSource::id).containsExactlyInAnyOrder(main.id(), partner.id());
        assertThat(control.contested()).isFalse();
    }

    @Test
    void allyWithdrawingOnTheDayOfTheJointCaptureHandsTheLeadToThePartnerThatStayed() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "blue", ADIR, "2016-06-17").confidence(0.9).build(),
                event(CAPTURE, "green", ADIR, "2016-06-17").confidence(0.8).build(),
                event(WITHDRAWAL, "blue", ADIR, "2016-06-17").confidence(0.8).build()), ADIR);

        ControlInterval control = adir.on(day("2016-06-20")).orElseThrow();
        assertThat(control.controller()).isEqualTo("green");
        assertThat(control.partners()).containsExactly("blue");
        assertThat(adir.controllerOn(day("2016-06-16"))).isEmpty();
    }

    @Test
    void withdrawalOfAnAllyWhileItsSideHoldsDoesNotEndControl() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "green", ADIR, "2016-06-17").build(),
                event(WITHDRAWAL, "blue", ADIR, "2016-07-01").article(2).build()), ADIR);

        assertThat(adir.controllerOn(day("2016-07-05"))).contains("green");
        assertThat(adir.intervals()).hasSize(1);
    }

    @Test
    void deploymentsDoNotChangeControl() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-01-01").build(),
                event(DEPLOYMENT, "blue", ADIR, "2015-02-01").article(2).build()), ADIR);

        assertThat(adir.controllerOn(day("2015-02-02"))).contains("red");
        assertThat(adir.on(day("2015-02-02")).orElseThrow().contested()).isFalse();
    }
}
