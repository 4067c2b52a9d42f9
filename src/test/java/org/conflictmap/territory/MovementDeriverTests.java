package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.EventType.ADVANCE;
import static org.conflictmap.events.EventType.ATTACK;
import static org.conflictmap.events.EventType.CAPTURE;
import static org.conflictmap.events.EventType.DEPLOYMENT;
import static org.conflictmap.territory.TerritoryFixtures.ADIR;
import static org.conflictmap.territory.TerritoryFixtures.ALIGNMENT;
import static org.conflictmap.territory.TerritoryFixtures.BANAT;
import static org.conflictmap.territory.TerritoryFixtures.DAWRA;
import static org.conflictmap.territory.TerritoryFixtures.KASRIK;
import static org.conflictmap.territory.TerritoryFixtures.MIRA;
import static org.conflictmap.territory.TerritoryFixtures.event;
import static org.conflictmap.territory.TerritoryFixtures.now;

import java.util.List;

import org.conflictmap.events.RecordedEvent;
import org.junit.jupiter.api.Test;

class MovementDeriverTests {

    private final MovementDeriver deriver = new MovementDeriver(ALIGNMENT);
    private final ControlTimeline timeline = now(
            event(CAPTURE, "blue", DAWRA, "2014-01-01").build(),
            event(CAPTURE, "blue", MIRA, "2014-01-01").build(),
            event(CAPTURE, "green", BANAT, "2014-01-01").build(),
            event(CAPTURE, "red", ADIR, "2014-01-01").build());

    @Test
    void statedOriginGivesAStatedLineWhateverTheTimelineSays() {
        RecordedEvent deployment = event(DEPLOYMENT, "grey", KASRIK, "2014-06-11").from(DAWRA).build();

        List<Movement> lines = deriver.derive(List.of(deployment), timeline);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.origin()).isEqualTo(DAWRA);
            assertThat(line.target()).isEqualTo(KASRIK);
            assertThat(line.derivation()).isEqualTo(MovementDerivation.STATED);
            assertThat(line.eventId()).isEqualTo(deployment.id());
            assertThat(line.evidence()).isEqualTo(deployment.event().evidence());
        });
    }

    @Test
    void eachStatedOriginGivesItsOwnLine() {
        List<Movement> lines = deriver.derive(List.of(
                event(DEPLOYMENT, "blue", KASRIK, "2014-06-11").from(DAWRA).build(),
                event(DEPLOYMENT, "blue", KASRIK, "2014-06-11").from(MIRA).build()), timeline);

        assertThat(lines).extracting(Movement::origin).containsExactly(DAWRA, MIRA);
    }

    @Test
    void missingOriginIsInferredFromTheActorsNearestHeldPlace() {
        List<Movement> lines = deriver.derive(List.of(event(ADVANCE, "blue", KASRIK, "2014-06-11").build()), timeline);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.origin()).isEqualTo(MIRA);
            assertThat(line.derivation()).isEqualTo(MovementDerivation.INFERRED);
            assertThat(line.originHeld().controller()).isEqualTo("blue");
        });
    }

    @Test
    void alliesHeldPlacesServeAsOriginWhenTheActorHoldsNone() {
        ControlTimeline greenless = now(event(CAPTURE, "blue", DAWRA, "2014-01-01").build(),
                event(CAPTURE, "blue", BANAT, "2014-01-01").build());

        List<Movement> lines = deriver.derive(List.of(event(DEPLOYMENT, "green", KASRIK, "2014-06-11").build()), greenless);

        assertThat(lines).singleElement().extracting(Movement::origin).isEqualTo(BANAT);
    }

    @Test
    void noLineWhenNoOriginCanBeInferred() {
        assertThat(deriver.derive(List.of(event(DEPLOYMENT, "grey", KASRIK, "2014-06-11").build()), timeline)).isEmpty();
        assertThat(deriver.derive(List.of(event(DEPLOYMENT, "blue", KASRIK, "2013-06-11").build()), timeline)).isEmpty();
    }

    @Test
    void targetPlaceItselfIsNeverTheInferredOrigin() {
        List<Movement> lines = deriver.derive(List.of(event(DEPLOYMENT, "blue", MIRA, "2014-06-11").build()), timeline);

        assertThat(lines).singleElement().extracting(Movement::origin).isEqualTo(DAWRA);
    }

    @Test
    void capturesAndAttacksDrawNoLines() {
        assertThat(deriver.derive(List.of(
                event(ATTACK, "blue", ADIR, "2014-06-11").build(),
                event(CAPTURE, "blue", KASRIK, "2014-06-11").from(DAWRA).build()), timeline)).isEmpty();
    }

    @Test
    void geodesicDistanceIsInMetresOnTheEllipsoid() {
        double metres = MovementDeriver.distanceMetres(MIRA, KASRIK);

        assertThat(metres).isBetween(109_000.0, 113_000.0);
    }
}
