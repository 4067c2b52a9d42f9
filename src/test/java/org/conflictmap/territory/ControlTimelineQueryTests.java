package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.ADVANCE;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.BANAT;
import static org.conflictmap.territory.TerritoryFixtures.KASRIK;
import static org.conflictmap.territory.TerritoryFixtures.day;
import static org.conflictmap.territory.TerritoryFixtures.event;
import static org.conflictmap.territory.TerritoryFixtures.now;

import org.junit.jupiter.api.Test;

class ControlTimelineQueryTests {

    private final ControlTimeline timeline = now(
            event(CAPTURE, "red", ADIR, "2014-06-10").target("blue").build(),
            event(CAPTURE, "red", BANAT, "2014-06-10").build(),
            event(ADVANCE, "blue", BANAT, "2014-06-20").article(2).build(),
            event(CAPTURE, "grey", KASRIK, "2014-07-01").build());

    @Test
    void controlOnListsEveryPlaceKnownThatDayWithHolderSinceAndContest() {
        var states = timeline.controlOn(day("2014-06-25"));

        assertThat(states).extracting(s -> s.place().id()).containsExactly(ADIR.id(), BANAT.id());
        assertThat(states).extracting(ControlState::controller).containsOnly("red");
        assertThat(states).extracting(ControlState::since).containsOnly(day("2014-06-10"));
        assertThat(states).extracting(ControlState::contested).containsExactly(false, true);
        assertThat(states.get(0).sources()).isNotEmpty();
    }

    @Test
    void controlOnLeavesOutPlacesWhoseControlIsUnknownThatDay() {
        assertThat(timeline.controlOn(day("2014-05-01"))).isEmpty();
        assertThat(timeline.controlOn(day("2014-06-01"))).extracting(ControlState::controller).containsExactly("blue");
    }

    @Test
    void timelineReassembledFromStoredPlaceTimelinesAnswersTheSame() {
        ControlTimeline stored = ControlTimeline.of(timeline.places());

        assertThat(stored).isEqualTo(timeline);
        assertThat(stored.controlOn(day("2014-06-25"))).isEqualTo(timeline.controlOn(day("2014-06-25")));
    }

    @Test
    void changeDaysCountThePlacesChangingEachDay() {
        assertThat(timeline.changeDays()).containsExactly(
                new ChangeDay(day("2014-05-11"), 1),
                new ChangeDay(day("2014-06-10"), 2),
                new ChangeDay(day("2014-06-20"), 1),
                new ChangeDay(day("2014-07-01"), 1),
                new ChangeDay(day("2014-07-04"), 1));
    }
}
