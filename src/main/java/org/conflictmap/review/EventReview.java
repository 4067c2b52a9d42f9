package org.conflictmap.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventType;
import org.conflictmap.events.FactionCatalog;
import org.conflictmap.system.InvalidInputException;
import org.conflictmap.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analyst decisions on events: confirm, reject, edit, merge and revert. Each one checks the version
 * the analyst saw (412 when the event changed meanwhile), stores the new state, appends a revision
 * and rebuilds the control timeline and movements of the places before and after, all in one
 * transaction: a refused edit changes nothing. Thread-safe.
 */
@Service
class EventReview {

    private final ReviewedEvents events;
    private final RevisionRepository revisions;
    private final ControlRefresh control;
    private final PlaceChoice places;
    private final FactionCatalog factions;
    private final Clock clock;

    EventReview(ReviewedEvents events, RevisionRepository revisions, ControlRefresh control, PlaceChoice places,
                FactionCatalog factions, Clock clock) {
        this.events = events;
        this.revisions = revisions;
        this.control = control;
        this.places = places;
        this.factions = factions;
        this.clock = clock;
    }

    EventState current(long id) {
        return events.find(id).orElseThrow(() -> new NotFoundException("No event with id " + id));
    }

    List<Revision> history(long id) {
        current(id);
        return revisions.history(RevisionRepository.EVENT, id);
    }

    @Transactional
    public EventState confirm(long id, int version, String reason, String author) {
        return change(id, version, "confirm", reason, author, s -> s.decided(EventState.CONFIRMED, null));
    }

    @Transactional
    public EventState reject(long id, int version, String reason, String author) {
        return change(id, version, "reject", reason, author, s -> s.decided(EventState.REJECTED, null));
    }

    /** Changes what the body names (place, actor, target, type, date, datePrecision); the rest stays. */
    @Transactional
    public EventState edit(long id, int version, ReviewBody body, String reason, String author) {
        EventState before = checked(id, version);
        String type = body.optionalText("type").map(EventReview::type).orElse(before.type());
        String actor = body.optionalText("actor").map(a -> faction("actor", a)).orElse(before.actor());
        String target = body.has("target")
                ? body.optionalText("target").filter(t -> !t.isEmpty()).map(t -> faction("target", t)).orElse(null)
                : before.target();
        LocalDate date = body.date("date").orElse(before.date());
        String precision = body.optionalText("datePrecision").map(EventReview::precision).orElse(before.datePrecision());
        EventState.PlaceRef place = body.optionalText("place")
                .map(p -> places.choose(before.articleId(), p, before.place()))
                .orElse(before.place());
        EventState edited = before.withContent(type, actor, target, place, date, precision);
        if (sameContent(before, edited)) {
            throw new InvalidInputException("body", "The edit changes nothing: give place, actor, target, type, "
                    + "date or datePrecision with a new value");
        }
        // a corrected event counts as reviewed; a set-aside one stays set aside with its corrections
        EventState after = edited.decided(before.live() ? EventState.CONFIRMED : before.status(), before.mergedInto());
        return store(before, after, "edit", reason, author);
    }

    /** Marks {@code duplicateIds} as merged into {@code survivorId}, which is confirmed. */
    @Transactional
    public EventState merge(long survivorId, int version, List<Long> duplicateIds, String reason, String author) {
        EventState survivor = checked(survivorId, version);
        if (!survivor.live()) {
            throw new InvalidInputException("id", "A rejected or merged event cannot absorb others; revert it first",
                    HttpStatus.CONFLICT);
        }
        Set<Long> distinct = new LinkedHashSet<>(duplicateIds);
        List<EventState> duplicates = new ArrayList<>();
        for (long duplicateId : distinct) {
            EventState duplicate = events.find(duplicateId).orElseThrow(() ->
                    new InvalidInputException("duplicates", "No event with id " + duplicateId));
            if (duplicateId == survivorId || !duplicate.live() || !events.claim(duplicateId, duplicate.version())) {
                throw new InvalidInputException("duplicates", "Event " + duplicateId
                        + " is the survivor itself, already rejected or merged, or being edited by someone else");
            }
            duplicates.add(duplicate);
        }
        Instant now = clock.instant();
        Set<String> touched = new LinkedHashSet<>();
        for (EventState duplicate : duplicates) {
            EventState merged = duplicate.decided(EventState.MERGED, survivorId);
            events.write(merged);
            revisions.append(RevisionRepository.EVENT, duplicate.id(), "merged", author, now, reason,
                    events.snapshot(duplicate), events.snapshot(merged));
            touched.add(duplicate.place().id());
        }
        EventState after = survivor.decided(EventState.CONFIRMED, null);
        events.write(after);
        revisions.append(RevisionRepository.EVENT, survivorId, "merge", author, now, reason + " (absorbed "
                + distinct + ")", events.snapshot(survivor), events.snapshot(after));
        touched.add(after.place().id());
        control.recompute(touched, "analyst edit");
        return after;
    }

    /**
     * Restores the event to its state before {@code revisionId} (a new revision itself). Reverting a
     * merge also restores the events still merged into this one to their state before the merge.
     */
    @Transactional
    public EventState revert(long id, int version, long revisionId, String reason, String author) {
        EventState before = checked(id, version);
        Revision revision = revisions.find(revisionId)
                .filter(r -> RevisionRepository.EVENT.equals(r.subject()) && r.subjectId() == id)
                .orElseThrow(() -> new InvalidInputException("revision", "Revision " + revisionId
                        + " is not a revision of event " + id));
        String why = reason + " (revision " + revisionId + ")";
        if ("merge".equals(revision.action())) {
            for (long duplicateId : events.mergedInto(id)) {
                EventState merged = current(duplicateId);
                revisions.history(RevisionRepository.EVENT, duplicateId).stream()
                        .filter(r -> "merged".equals(r.action())).reduce((first, last) -> last)
                        .ifPresent(r -> store(merged, events.read(r.before()).asSuccessorOf(merged), "revert", why, author));
            }
        }
        EventState after = revision.before() == null
                ? before.decided(EventState.REJECTED, null)
                : events.read(revision.before()).asSuccessorOf(before);
        return store(before, after, "revert", why, author);
    }

    private EventState change(long id, int version, String action, String reason, String author,
                              UnaryOperator<EventState> edit) {
        EventState before = checked(id, version);
        return store(before, edit.apply(before), action, reason, author);
    }

    private EventState store(EventState before, EventState after, String action, String reason, String author) {
        events.write(after);
        revisions.append(RevisionRepository.EVENT, before.id(), action, author, clock.instant(), reason,
                events.snapshot(before), events.snapshot(after));
        control.recompute(List.of(before.place().id(), after.place().id()), "analyst edit");
        return after;
    }

    private EventState checked(long id, int version) {
        EventState state = current(id);
        if (state.version() != version || !events.claim(id, version)) {
            throw new InvalidInputException("If-Match", "Event " + id + " is at version " + state.version()
                    + ", not " + version + ": someone edited it meanwhile; reload and edit again",
                    HttpStatus.PRECONDITION_FAILED);
        }
        return state;
    }

    private static boolean sameContent(EventState a, EventState b) {
        return a.type().equals(b.type()) && a.actor().equals(b.actor()) && Objects.equals(a.target(), b.target())
                && a.place().equals(b.place()) && a.date().equals(b.date()) && a.datePrecision().equals(b.datePrecision());
    }

    static String type(String id) {
        try {
            return EventType.fromId(id).id();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "'type' must be one of capture, withdrawal, advance, "
                    + "deployment, attack");
        }
    }

    static String precision(String id) {
        try {
            return DatePrecision.fromId(id).id();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("datePrecision", "'datePrecision' must be day, week, month or year");
        }
    }

    String faction(String field, String id) {
        return factions.find(id).map(f -> f.id()).orElseThrow(() ->
                new InvalidInputException(field, "'" + field + "' must be a faction id from the catalogue "
                        + "(GET /api/factions)"));
    }
}
