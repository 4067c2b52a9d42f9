package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.ADVANCE;
import static org.conflictmap.events.EventType.ATTACK;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.events.EventType.WITHDRAWAL;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.claim;
import static org.conflictmap.territory.TerritoryFixtures.day;
import static org.conflictmap.territory.TerritoryFixtures.event;
import static org.conflictmap.territory.TerritoryFixtures.now;
import static org.conflictmap.territory.TerritoryFixtures.placeIn;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Captures whose wording says more ("retook": held before; "parts of": holds only some), and a holder
 * leaving a place others pressed.
 */
class RetakeAndPartialCaptureTests {

    @Test
    void aRetakeBackFillsTheRetakerBeforeTheEnemyCaptureItUndoes() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-03-10").confidence(0.5).saying("Red fighters seized Adir.").build(),
                event(CAPTURE, "blue", ADIR, "2015-03-11").confidence(0.85).article(2)
                        .saying("Blue troops retook Adir on Wednesday.").build()), ADIR);

        assertThat(adir.controllerOn(day("2015-03-09"))).contains("blue");
        assertThat(adir.on(day("2015-03-09")).orElseThrow().derivation()).isEqualTo(Derivation.BACKFILLED);
        assertThat(adir.controllerOn(day("2015-03-10"))).contains("red");
        assertThat(adir.controllerOn(day("2015-03-11"))).contains("blue");
    }

    @Test
    void aPlainCaptureAfterAnEnemyCaptureInTheSameWindowStaysAConflictingReport() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-03-10").confidence(0.5).saying("Red fighters seized Adir.").build(),
                event(CAPTURE, "blue", ADIR, "2015-03-11").confidence(0.85).article(2)
                        .saying("Blue troops took Adir on Wednesday.").build()), ADIR);

        assertThat(adir.controllerOn(day("2015-03-09"))).isEmpty();
        assertThat(adir.controllerOn(day("2015-03-10"))).isEmpty();
        assertThat(adir.controllerOn(day("2015-03-11"))).contains("blue");
    }

    @Test
    void aPartialRetakeOfATakenTownOnlyContestsIt() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-03-10").confidence(0.5).saying("Red fighters seized Adir.").build(),
                event(CAPTURE, "blue", ADIR, "2015-03-11").confidence(0.85).article(2)
                        .saying("Blue troops won back most of the town of Adir.").build()), ADIR);

        assertThat(adir.controllerOn(day("2015-03-09"))).contains("blue");
        assertThat(adir.controllerOn(day("2015-03-12"))).contains("red");
        assertThat(adir.on(day("2015-03-12")).orElseThrow().contested()).isTrue();
    }

    @Test
    void aPartialCaptureHoldsAnUnheldTownAndOvertakesAWeakerClaimedHolder() {
        assertThat(placeIn(now(event(CAPTURE, "grey", ADIR, "2015-05-02")
                .saying("Grey units captured the eastern parts of Adir.").build()), ADIR)
                .controllerOn(day("2015-05-03"))).contains("grey");

        PlaceTimeline claimed = placeIn(now(
                List.of(event(CAPTURE, "grey", ADIR, "2015-05-02").confidence(0.7).article(2)
                        .saying("Grey units captured the eastern parts of Adir.").build()),
                List.of(claim("red", ADIR, "2015-05-01").confidence(0.3).build())), ADIR);
        assertThat(claimed.controllerOn(day("2015-05-01"))).contains("red");
        assertThat(claimed.controllerOn(day("2015-05-02"))).contains("grey");
    }

    @Test
    void rivalRetakersOfEqualStandingBackFillNobody() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-03-10").confidence(0.5).saying("Red fighters seized Adir.").build(),
                event(CAPTURE, "blue", ADIR, "2015-03-11").confidence(0.8).article(2)
                        .saying("Blue and grey troops recaptured Adir.").build(),
                event(CAPTURE, "grey", ADIR, "2015-03-11").confidence(0.8).article(2)
                        .saying("Blue and grey troops recaptured Adir.").build()), ADIR);

        assertThat(adir.controllerOn(day("2015-03-09"))).isEmpty();
        assertThat(adir.controllerOn(day("2015-03-10"))).contains("red");
    }

    @Test
    void aHolderLeavingAPlaceLeavesItToTheFactionThatPressedItMost() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-01-01").build(),
                event(ADVANCE, "blue", ADIR, "2015-02-01").article(2).build(),
                event(ATTACK, "grey", ADIR, "2015-02-15").article(3).build(),
                event(ADVANCE, "blue", ADIR, "2015-03-01").article(4).build(),
                event(WITHDRAWAL, "red", ADIR, "2015-06-01").article(5).build()), ADIR);

        assertThat(adir.controllerOn(day("2015-05-31"))).contains("red");
        assertThat(adir.controllerOn(day("2015-06-01"))).contains("blue");
        assertThat(adir.on(day("2015-06-01")).orElseThrow().derivation()).isEqualTo(Derivation.INFERRED);
    }

    @Test
    void aHolderLeavingAPlaceNobodyPressedLeavesItUnknown() {
        PlaceTimeline adir = placeIn(now(
                event(CAPTURE, "red", ADIR, "2015-01-01").build(),
                event(ADVANCE, "blue", ADIR, "2014-12-01").article(2).build(),
                event(WITHDRAWAL, "red", ADIR, "2015-06-01").article(5).build()), ADIR);

        assertThat(adir.controllerOn(day("2015-06-01"))).isEmpty();
    }
}
