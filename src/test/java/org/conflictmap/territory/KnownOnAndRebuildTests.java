package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.ADVANCE;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.events.EventType.WITHDRAWAL;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.BANAT;
import static org.conflictmap.territory.TerritoryFixtures.KASRIK;
import static org.conflictmap.territory.TerritoryFixtures.builder;
import static org.conflictmap.territory.TerritoryFixtures.claim;
import static org.conflictmap.territory.TerritoryFixtures.day;
import static org.conflictmap.territory.TerritoryFixtures.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.RecordedEvent;
import org.junit.jupiter.api.Test;

class KnownOnAndRebuildTests {

    private final RecordedEvent early = event(CAPTURE, "red", ADIR, "2014-06-01").article(1).known("2014-06-02").build();
    private final RecordedEvent late = event(CAPTURE, "blue", ADIR, "2014-06-10").target("red").article(2).known("2014-06-20").build();

    @Test
    void laterArticleChangesThePastOnlyInViewsFromAfterItWasPublished() {
        ControlTimeline before = builder().build(List.of(early, late), List.of(), day("2014-06-15"));
        ControlTimeline after = builder().build(List.of(early, late), List.of(), day("2014-06-20"));

        assertThat(before.place(ADIR.id()).orElseThrow().controllerOn(day("2014-06-12"))).contains("red");
        assertThat(after.place(ADIR.id()).orElseThrow().controllerOn(day("2014-06-12"))).contains("blue");
        assertThat(after.place(ADIR.id()).orElseThrow().controllerOn(day("2014-06-09"))).contains("red");
    }

    @Test
    void nowViewUsesEveryFact() {
        ControlTimeline all = builder().build(List.of(early, late), List.of());

        assertThat(all).isEqualTo(builder().build(List.of(early, late), List.of(), day("2030-01-01")));
        assertThat(all.place(ADIR.id()).orElseThrow().controllerOn(day("2014-06-12"))).contains("blue");
    }

    @Test
    void placeWithOnlyLaterFactsIsAbsentFromAnEarlierView() {
        ControlTimeline before = builder().build(List.of(late), List.of(), day("2014-06-15"));

        assertThat(before.place(ADIR.id())).isEmpty();
        assertThat(before.controlOn(day("2014-06-12"))).isEmpty();
    }

    @Test
    void rebuildingTouchedPlacesEqualsAFullBuild() {
        List<RecordedEvent> old = List.of(early,
                event(CAPTURE, "red", BANAT, "2014-06-03").article(1).build(),
                event(CAPTURE, "grey", KASRIK, "2014-05-01").article(1).build());
        List<ControlClaim> oldClaims = List.of(claim("grey", KASRIK, "2014-06-01").build());
        ControlTimeline previous = builder().build(old, oldClaims);

        List<RecordedEvent> fresh = List.of(late,
                event(WITHDRAWAL, "red", BANAT, "2014-06-11").article(3).build(),
                event(ADVANCE, "blue", BANAT, "2014-06-09").article(3).build());
        List<RecordedEvent> all = new ArrayList<>(old);
        all.addAll(fresh);
        List<RecordedEvent> touchedFacts = all.stream()
                .filter(e -> Set.of(ADIR.id(), BANAT.id()).contains(e.event().place().place().id())).toList();

        ControlTimeline rebuilt = builder().rebuild(previous, touchedFacts, List.of(), Set.of(ADIR.id(), BANAT.id()));

        assertThat(rebuilt).isEqualTo(builder().build(all, oldClaims));
        assertThat(rebuilt).isNotEqualTo(previous);
        assertThat(rebuilt.place(KASRIK.id())).isEqualTo(previous.place(KASRIK.id()));
    }
}
