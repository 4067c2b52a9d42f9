package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
 * touch, together with the places whose stored control cited the article before (its facts may have
 * moved elsewhere on re-processing), and only those; a place left without any fact loses its control.
 * Then it draws the movements of the article's deployments and advances, and redraws the inferred
 * movements of other articles dated where control changed. Analyst
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
        Set<String> touched = new LinkedHashSet<>();
        own.forEach(e -> touched.add(e.event().place().place().id()));
        claims.findByArticle(article.id()).forEach(c -> touched.add(c.placeId()));
        // re-processing may have moved the article's facts elsewhere: the places it left are redone too.
        // Only an article processed before can be cited (a failed attempt's writes roll back), so the
        // ingest path of a new article skips that scan of control_interval.
        if (article.processedAt() != null) {
            touched.addAll(control.placesCiting(article.id()));
        }
        rebuild(touched, own);
    }

    /**
     * Rebuilds the control timeline of these places from every stored fact about them (a place left
     * without facts loses its intervals), then redraws the movements of their deployments and advances.
     */
    public void recompute(Collection<String> placeIds) {
        rebuild(new LinkedHashSet<>(placeIds), null);
    }

    /**
     * Locks and rebuilds the places' timelines, clears those left without facts, then draws the lines
     * of the deployments and advances among {@code own} (null: every event at these places) and redraws the inferred lines of every originless one
     * dated where control changed: an inferred origin is the actor's nearest held place that day.
     */
    private void rebuild(Set<String> touched, List<RecordedEvent> own) {
        if (touched.isEmpty()) {
            return;
        }
        control.lockPlaces(touched);
        ControlTimeline before = control.loadPlaces(touched);
        List<RecordedEvent> placeEvents = events.findByPlaces(touched);
        List<PlaceTimeline> after = timelines(placeEvents, claims.findByPlaces(touched), marks.inForce(touched));
        control.replace(after);
        Set<String> factless = new LinkedHashSet<>(touched);
        after.forEach(t -> factless.remove(t.place().id()));
        control.clear(factless);

        Map<Long, RecordedEvent> moving = new LinkedHashMap<>();
        (own != null ? own : placeEvents).stream().filter(ControlRecorder::moves).forEach(e -> moving.put(e.id(), e));
        ControlChangeSpan.between(before, ControlTimeline.of(after)).ifPresent(span ->
                events.findUnsourcedMovesBetween(span.from(), span.to()).forEach(e -> moving.putIfAbsent(e.id(), e)));
        redrawMovements(moving.values());
    }

    private static boolean moves(RecordedEvent e) {
        return e.event().type() == EventType.DEPLOYMENT || e.event().type() == EventType.ADVANCE;
    }

    private void redrawMovements(Collection<RecordedEvent> moving) {
        if (moving.isEmpty()) {
            return;
        }
        // only the intervals around the movements' dates: the hot path must not read the whole table
        LocalDate first = moving.stream().map(e -> e.event().date().date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = moving.stream().map(e -> e.event().date().date()).max(LocalDate::compareTo).orElseThrow();
        List<Movement> drawn = deriver.derive(moving, control.loadOverlapping(first, last));
        // each line is known from its own event's article, whichever article or edit made it be redrawn
        Map<LocalDate, List<RecordedEvent>> byKnown = new TreeMap<>();
        moving.forEach(e -> byKnown.computeIfAbsent(e.knownFrom(), k -> new ArrayList<>()).add(e));
        byKnown.forEach((known, group) -> {
            Set<Long> ids = new LinkedHashSet<>();
            group.forEach(e -> ids.add(e.id()));
            movements.replaceForEvents(List.copyOf(ids), drawn.stream().filter(m -> ids.contains(m.eventId())).toList(),
                    known);
        });
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
