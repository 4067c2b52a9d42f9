package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.gazetteer.Place;

/**
 * Derives control timelines from recorded events and control claims, following the rules in the
 * README section "How control is derived". Every build can be asked "as known on day K": only facts
 * with {@code knownFrom <= K} count; the default view uses every fact. Places are independent, so a
 * store can rebuild just the places a new article touches with {@link #rebuild}. Stateless and
 * thread-safe; never throws on well-formed facts.
 */
public final class ControlTimelineBuilder {

    private final FactionAlignment alignment;
    private final ControlFactReader reader;
    private final JointOperationMerger merger;
    private final ConflictResolver resolver;
    private final ControlSequencer sequencer;
    private final ContestOverlay overlay;

    public ControlTimelineBuilder(FactionAlignment alignment, ControlOptions options) {
        this.alignment = alignment;
        this.reader = new ControlFactReader(alignment, options);
        this.merger = new JointOperationMerger(alignment);
        this.resolver = new ConflictResolver(alignment, options);
        this.sequencer = new ControlSequencer(alignment, options);
        this.overlay = new ContestOverlay(alignment, options);
    }

    /** The timeline from every fact (the "now" view). */
    public ControlTimeline build(Collection<RecordedEvent> events, Collection<ControlClaim> claims) {
        return build(events, claims, LocalDate.MAX);
    }

    /** The timeline as it was known on {@code knownOn}: facts that became known later are ignored. */
    public ControlTimeline build(Collection<RecordedEvent> events, Collection<ControlClaim> claims, LocalDate knownOn) {
        Map<String, PlaceFacts> byPlace = group(events, claims, knownOn, null);
        return new ControlTimeline(timelines(byPlace));
    }

    /**
     * {@code previous} with only {@code placeIds} recomputed from the given facts (facts about other
     * places are ignored, so passing just the touched places' facts is enough). Equal to a full build
     * when {@code previous} was built from the same facts for the other places.
     */
    public ControlTimeline rebuild(ControlTimeline previous, Collection<RecordedEvent> events,
                                   Collection<ControlClaim> claims, Set<String> placeIds, LocalDate knownOn) {
        Map<String, PlaceFacts> byPlace = group(events, claims, knownOn, placeIds);
        return previous.withPlaces(placeIds, timelines(byPlace));
    }

    /** {@link #rebuild(ControlTimeline, Collection, Collection, Set, LocalDate)} for the "now" view. */
    public ControlTimeline rebuild(ControlTimeline previous, Collection<RecordedEvent> events,
                                   Collection<ControlClaim> claims, Set<String> placeIds) {
        return rebuild(previous, events, claims, placeIds, LocalDate.MAX);
    }

    /** The timeline of one place from its own facts (all about that place), as known on {@code knownOn}. */
    public PlaceTimeline buildPlace(Place place, List<RecordedEvent> events, List<ControlClaim> claims, LocalDate knownOn) {
        return buildPlace(place, events, claims, List.of(), knownOn);
    }

    /**
     * The timeline of one place from its own facts, with analyst contest marks on that place laid over
     * it (a mark contests its days wherever the controller is known).
     */
    public PlaceTimeline buildPlace(Place place, List<RecordedEvent> events, List<ControlClaim> claims,
                                    List<ContestMark> marks, LocalDate knownOn) {
        List<RecordedEvent> known = events.stream().filter(e -> !e.knownFrom().isAfter(knownOn)).toList();
        List<ControlClaim> knownClaims = claims.stream().filter(c -> !c.knownFrom().isAfter(knownOn)).toList();
        String government = alignment.governmentOf(place).orElse(null);
        List<ControlFact> facts = merger.merge(reader.read(known, knownClaims), government);
        ConflictResolver.Resolution resolution = resolver.resolve(facts);
        List<ControlRun> runs = sequencer.sequence(resolution.kept(), government);
        return new PlaceTimeline(place, overlay.overlay(place.id(), runs, resolution.kept(), resolution.contests(), marks));
    }

    private Map<String, PlaceTimeline> timelines(Map<String, PlaceFacts> byPlace) {
        Map<String, PlaceTimeline> timelines = new LinkedHashMap<>();
        byPlace.forEach((id, facts) -> timelines.put(id, buildPlace(facts.place, facts.events, facts.claims, LocalDate.MAX)));
        return timelines;
    }

    private static Map<String, PlaceFacts> group(Collection<RecordedEvent> events, Collection<ControlClaim> claims,
                                                 LocalDate knownOn, Set<String> only) {
        Map<String, PlaceFacts> byPlace = new LinkedHashMap<>();
        for (RecordedEvent event : events) {
            Place place = event.event().place().place();
            if (!event.knownFrom().isAfter(knownOn) && (only == null || only.contains(place.id()))) {
                byPlace.computeIfAbsent(place.id(), id -> new PlaceFacts(place)).events.add(event);
            }
        }
        for (ControlClaim claim : claims) {
            if (!claim.knownFrom().isAfter(knownOn) && (only == null || only.contains(claim.placeId()))) {
                byPlace.computeIfAbsent(claim.placeId(), id -> new PlaceFacts(claim.place())).claims.add(claim);
            }
        }
        return byPlace;
    }

    private static final class PlaceFacts {
        final Place place;
        final List<RecordedEvent> events = new ArrayList<>();
        final List<ControlClaim> claims = new ArrayList<>();

        PlaceFacts(Place place) {
            this.place = place;
        }
    }
}
