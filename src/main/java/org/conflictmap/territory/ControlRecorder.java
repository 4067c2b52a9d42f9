package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.EventType;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleProcessor;
import org.springframework.core.annotation.Order;

/**
 * Pipeline stage 3: recomputes the control timeline of the places the article's events and claims
 * touch (only those), then draws the movements of the article's deployments and advances. Analyst
 * edits call {@link #recompute} for the places they touch. Runs inside the caller's transaction; the
 * touched places stay locked until it ends ({@link ControlRepository#lockPlaces}), so concurrent
 * articles and edits about one place are serialised.
 */
@Order(300)
public class ControlRecorder implements ArticleProcessor {

    private final EventRepository events;
    private final ClaimRepository claims;
    private final ControlRepository control;
    private final MovementRepository movements;
    private final ControlTimelineBuilder builder;
    private final MovementDeriver deriver;
    private final ContestMarks marks;

    public ControlRecorder(EventRepository events, ClaimRepository claims, ControlRepository control,
                           MovementRepository movements, ControlTimelineBuilder builder, MovementDeriver deriver) {
        this(events, claims, control, movements, builder, deriver, ContestMarks.NONE);
    }

    public ControlRecorder(EventRepository events, ClaimRepository claims, ControlRepository control,
                           MovementRepository movements, ControlTimelineBuilder builder, MovementDeriver deriver,
                           ContestMarks marks) {
        this.marks = marks;
        this.events = events;
        this.claims = claims;
        this.control = control;
        this.movements = movements;
        this.builder = builder;
        this.deriver = deriver;
    }

    @Override
    public void process(Article article) {
        List<RecordedEvent> own = events.findByArticle(article.id());
        List<ControlClaim> ownClaims = claims.findByArticle(article.id());
        Set<String> touched = new LinkedHashSet<>();
        own.forEach(e -> touched.add(e.event().place().place().id()));
        ownClaims.forEach(c -> touched.add(c.placeId()));
        if (touched.isEmpty()) {
            return;
        }
        control.lockPlaces(touched);
        control.replace(timelines(events.findByPlaces(touched), claims.findByPlaces(touched), marks.inForce(touched)));
        redrawMovements(own, article.published());
    }

    /**
     * Rebuilds the control timeline of these places from every stored fact about them (a place left
     * without facts loses its intervals), then redraws the movements of their deployments and advances.
     */
    public void recompute(Collection<String> placeIds) {
        Set<String> touched = new LinkedHashSet<>(placeIds);
        if (touched.isEmpty()) {
            return;
        }
        control.lockPlaces(touched);
        List<RecordedEvent> placeEvents = events.findByPlaces(touched);
        control.clear(touched);
        control.replace(timelines(placeEvents, claims.findByPlaces(touched), marks.inForce(touched)));
        Map<LocalDate, List<RecordedEvent>> byKnownFrom = new LinkedHashMap<>();
        placeEvents.forEach(e -> byKnownFrom.computeIfAbsent(e.knownFrom(), k -> new ArrayList<>()).add(e));
        byKnownFrom.forEach((knownFrom, known) -> redrawMovements(known, knownFrom));
    }

    private void redrawMovements(List<RecordedEvent> own, LocalDate knownFrom) {
        List<RecordedEvent> moving = own.stream().filter(e -> e.event().type() == EventType.DEPLOYMENT
                || e.event().type() == EventType.ADVANCE).toList();
        if (!moving.isEmpty()) {
            // only the intervals around the movements' dates: the hot path must not read the whole table
            LocalDate first = moving.stream().map(e -> e.event().date().date()).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = moving.stream().map(e -> e.event().date().date()).max(LocalDate::compareTo).orElseThrow();
            movements.replaceForEvents(moving.stream().map(RecordedEvent::id).toList(),
                    deriver.derive(moving, control.loadOverlapping(first, last)), knownFrom);
        }
    }

    private List<PlaceTimeline> timelines(List<RecordedEvent> placeEvents, List<ControlClaim> placeClaims,
                                          List<ContestMark> placeMarks) {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, List<RecordedEvent>> eventsByPlace = new LinkedHashMap<>();
        Map<String, List<ControlClaim>> claimsByPlace = new LinkedHashMap<>();
        for (RecordedEvent e : placeEvents) {
            Place place = e.event().place().place();
            places.putIfAbsent(place.id(), place);
            eventsByPlace.computeIfAbsent(place.id(), k -> new ArrayList<>()).add(e);
        }
        for (ControlClaim c : placeClaims) {
            places.putIfAbsent(c.placeId(), c.place());
            claimsByPlace.computeIfAbsent(c.placeId(), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<ContestMark>> marksByPlace = new LinkedHashMap<>();
        placeMarks.forEach(m -> marksByPlace.computeIfAbsent(m.placeId(), k -> new ArrayList<>()).add(m));
        List<PlaceTimeline> timelines = new ArrayList<>();
        places.forEach((id, place) -> timelines.add(builder.buildPlace(place,
                eventsByPlace.getOrDefault(id, List.of()), claimsByPlace.getOrDefault(id, List.of()),
                marksByPlace.getOrDefault(id, List.of()), LocalDate.MAX)));
        return timelines;
    }
}
