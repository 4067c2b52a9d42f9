package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.ATTACK;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.events.EventType.WITHDRAWAL;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.day;
import static org.conflictmap.territory.TerritoryFixtures.event;
import static org.conflictmap.territory.TerritoryFixtures.placeIn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.conflictmap.events.FactionCatalog;
import org.conflictmap.events.RecordedEvent;
import org.junit.jupiter.api.Test;

/**
 * Factions that back another one fight on its side, and the faction that governs a place leads its
 * allies there. Here {@code violet} backs {@code blue}, and {@code blue} governs the fixtures' country.
 */
class BackersAndGovernmentsTests {

    private static final FactionAlignment SIDES = FactionAlignment.of(FactionCatalog.read(new ByteArrayInputStream("""
            {"factions": [
              {"id": "blue", "group": "allies", "governs": ["XX"]},
              {"id": "green", "group": "allies"},
              {"id": "violet", "group": "patrons", "backs": ["blue"]},
              {"id": "red", "group": "red"},
              {"id": "grey", "group": "grey"}
            ]}""".getBytes(StandardCharsets.UTF_8))));

    private static PlaceTimeline adir(RecordedEvent... events) {
        return placeIn(new ControlTimelineBuilder(SIDES, ControlOptions.defaults()).build(List.of(events), List.of()), ADIR);
    }

    @Test
    void aBackerIsAnAllyOfTheFactionItBacksOnly() {
        assertThat(SIDES.governmentOf(ADIR)).contains("blue");
        assertThat(SIDES.allied("violet", "blue")).isTrue();
        assertThat(SIDES.allied("blue", "violet")).isTrue();
        assertThat(SIDES.allied("violet", "green")).isFalse();
    }

    @Test
    void aRetakeByTheGovernmentAndItsBackerBackFillsTheGovernmentWhicheverWasReadFirst() {
        PlaceTimeline adir = adir(
                event(CAPTURE, "red", ADIR, "2015-03-10").confidence(0.5).saying("Red fighters seized Adir.").build(),
                event(CAPTURE, "violet", ADIR, "2015-03-11").confidence(0.85).article(2)
                        .saying("Violet advisers helped blue troops win back most of the town of Adir.").build(),
                event(CAPTURE, "blue", ADIR, "2015-03-11").confidence(0.85).article(2)
                        .saying("Violet advisers helped blue troops win back most of the town of Adir.").build());

        assertThat(adir.controllerOn(day("2015-03-09"))).contains("blue");
        assertThat(adir.on(day("2015-03-09")).orElseThrow().derivation()).isEqualTo(Derivation.BACKFILLED);
        assertThat(adir.controllerOn(day("2015-03-12"))).contains("red");
    }

    @Test
    void aJointCaptureIsLedByTheGovernmentWhenTheReportsAreEquallySure() {
        PlaceTimeline adir = adir(
                event(CAPTURE, "violet", ADIR, "2015-04-02").confidence(0.8).saying("Violet and blue troops took Adir.").build(),
                event(CAPTURE, "blue", ADIR, "2015-04-02").confidence(0.8).saying("Violet and blue troops took Adir.").build());

        ControlInterval state = adir.on(day("2015-04-03")).orElseThrow();
        assertThat(state.controller()).isEqualTo("blue");
        assertThat(state.partners()).containsExactly("violet");
    }

    @Test
    void aFactionThatTookPartInTheCaptureAndThenWithdrewLeavesThePlaceToTheFactionHoldingPartOfIt() {
        PlaceTimeline adir = adir(
                event(CAPTURE, "violet", ADIR, "2016-06-20").confidence(0.72).article(2)
                        .saying("Violet fighters captured the eastern and central parts of Adir.").build(),
                event(CAPTURE, "blue", ADIR, "2016-06-20").confidence(0.51).article(2)
                        .saying("Blue troops took part in the capture of Adir.").build(),
                event(WITHDRAWAL, "blue", ADIR, "2016-06-20").confidence(0.72).article(2)
                        .saying("Blue troops then withdrew from Adir as violet fighters moved in.").build(),
                event(ATTACK, "grey", ADIR, "2016-06-20").confidence(0.85).article(2)
                        .saying("Grey jets bombed Adir to clear the way.").build());

        ControlInterval state = adir.on(day("2016-06-20")).orElseThrow();
        assertThat(state.controller()).isEqualTo("violet");
        assertThat(state.derivation()).isEqualTo(Derivation.INFERRED);
    }

    @Test
    void ofRivalsNamedTogetherAsTakingAPlaceTheFirstNamedHoldsIt() {
        String sentence = "Grey units and red fighters drove the militants out of Adir on Monday.";
        PlaceTimeline adir = adir(
                event(CAPTURE, "grey", ADIR, "2015-05-04").confidence(0.6).article(7).saying(sentence).build(),
                event(CAPTURE, "red", ADIR, "2015-05-04").confidence(0.6).article(7).saying(sentence).build());

        assertThat(adir.controllerOn(day("2015-05-04"))).contains("grey");
    }
}
