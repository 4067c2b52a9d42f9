package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Control of every known place over time, as known on one day. Immutable and thread-safe; build it
 * with {@link ControlTimelineBuilder}. Looking up one day costs a binary search per place.
 */
public final class ControlTimeline {

    private final SortedMap<String, PlaceTimeline> places;

    ControlTimeline(Map<String, PlaceTimeline> places) {
        this.places = Collections.unmodifiableSortedMap(new TreeMap<>(places));
    }

    /** A timeline from stored place timelines (for instance read back from the database). */
    public static ControlTimeline of(Collection<PlaceTimeline> timelines) {
        Map<String, PlaceTimeline> byId = new TreeMap<>();
        timelines.forEach(t -> byId.put(t.place().id(), t));
        return new ControlTimeline(byId);
    }

    /** The timeline of one place, by gazetteer id; empty when no fact concerns it. */
    public Optional<PlaceTimeline> place(String placeId) {
        return Optional.ofNullable(places.get(placeId));
    }

    /** Every place with at least one fact, ordered by place id. */
    public Collection<PlaceTimeline> places() {
        return places.values();
    }

    /** One entry per place whose control is known on {@code day}, ordered by place id. */
    public List<ControlState> controlOn(LocalDate day) {
        List<ControlState> states = new ArrayList<>();
        for (PlaceTimeline timeline : places.values()) {
            timeline.on(day).ifPresent(interval -> states.add(
                    new ControlState(timeline.place(), interval.controller(), interval.since(), interval.contested(), interval)));
        }
        return states;
    }

    /**
     * Every day on which some place's control starts, ends or changes contested state, in date
     * order, with the number of places changing that day.
     */
    public List<ChangeDay> changeDays() {
        TreeMap<LocalDate, Integer> counts = new TreeMap<>();
        for (PlaceTimeline timeline : places.values()) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (ControlInterval interval : timeline.intervals()) {
                days.add(interval.from());
                if (interval.to() != null) {
                    days.add(interval.to());
                }
            }
            days.forEach(day -> counts.merge(day, 1, Integer::sum));
        }
        return counts.entrySet().stream().map(e -> new ChangeDay(e.getKey(), e.getValue())).toList();
    }

    /** A copy with the given places replaced; places mapped to an empty timeline are removed. */
    ControlTimeline withPlaces(Collection<String> placeIds, Map<String, PlaceTimeline> rebuilt) {
        Map<String, PlaceTimeline> copy = new TreeMap<>(places);
        placeIds.forEach(copy::remove);
        copy.putAll(rebuilt);
        return new ControlTimeline(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ControlTimeline timeline && places.equals(timeline.places);
    }

    @Override
    public int hashCode() {
        return places.hashCode();
    }

    @Override
    public String toString() {
        return "ControlTimeline" + places.values();
    }
}
