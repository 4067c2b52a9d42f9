package org.conflictmap.events;

import java.util.Objects;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * One dated, typed event read from an article. Immutable.
 *
 * @param type       capture, withdrawal, advance, deployment or attack
 * @param actor      faction id of who acted (from {@code geodata/factions.json})
 * @param target     faction id acted against, or {@code null} when the text names none
 * @param place      the mention of the place where it happened
 * @param origin     for deployments and advances, the mention of where the forces came from, or {@code null}
 * @param date       when, with precision
 * @param confidence 0..1; reported claims and hedged statements score lower
 * @param evidence   the supporting sentence
 */
public record ConflictEvent(EventType type, String actor, String target, ResolvedMention place,
                            ResolvedMention origin, EventDate date, double confidence, Evidence evidence) {

    public ConflictEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
    }
}
