package org.conflictmap.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.conflictmap.system.InvalidInputException;
import org.conflictmap.system.NotFoundException;
import org.conflictmap.territory.ContestMark;
import org.conflictmap.territory.ContestMarkRepository;
import org.conflictmap.territory.ContestMarkRepository.StoredMark;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Analyst contest marks: a place marked contested over a day interval shows as contested in the
 * control timeline on those days, with the mark (author and reason) as the evidence. Marks are
 * withdrawn, never deleted; both are revisions in the audit trail.
 */
@Service
class ContestReview {

    /** The mark as the API shows it. */
    record MarkView(long id, String place, LocalDate from, LocalDate to, String author, String reason,
                    Instant created, boolean withdrawn) {
        static MarkView of(StoredMark stored) {
            ContestMark m = stored.mark();
            return new MarkView(m.id(), m.placeId(), m.from(), m.to(), m.author(), m.reason(), m.created(),
                    stored.withdrawn());
        }
    }

    private final ContestMarkRepository marks;
    private final PlaceLookup places;
    private final RevisionRepository revisions;
    private final ControlRefresh control;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ContestReview(ContestMarkRepository marks, PlaceLookup places, RevisionRepository revisions,
                  ControlRefresh control, Clock clock) {
        this.marks = marks;
        this.places = places;
        this.revisions = revisions;
        this.control = control;
        this.clock = clock;
    }

    /** Marks the place contested from {@code from} through {@code through} (both days included). */
    @Transactional
    public MarkView mark(String placeId, ReviewBody body, String author) {
        if (places.find(placeId).isEmpty()) {
            throw new NotFoundException("No stored place with id " + placeId);
        }
        String reason = body.reason();
        LocalDate from = body.date("from").orElseThrow(() -> new InvalidInputException("from", "'from' is required"));
        LocalDate through = body.date("to").orElseThrow(() -> new InvalidInputException("to", "'to' is required"));
        if (through.isBefore(from)) {
            throw new InvalidInputException("to", "'to' must be on or after 'from'");
        }
        ContestMark mark = marks.insert(placeId, from, through.plusDays(1), author, reason, clock.instant());
        MarkView view = MarkView.of(new StoredMark(mark, false));
        revisions.append(RevisionRepository.CONTEST, mark.id(), "mark", author, clock.instant(), reason, null,
                json.writeValueAsString(view));
        control.recompute(List.of(placeId), "contest mark on " + placeId);
        return view;
    }

    @Transactional
    public MarkView withdraw(long id, ReviewBody body, String author) {
        String reason = body.reason();
        StoredMark stored = marks.findById(id).orElseThrow(() -> new NotFoundException("No contest mark with id " + id));
        if (stored.withdrawn()) {
            throw new InvalidInputException("id", "Contest mark " + id + " is withdrawn already",
                    HttpStatus.CONFLICT);
        }
        marks.setWithdrawn(id, true, clock.instant());
        MarkView after = MarkView.of(new StoredMark(stored.mark(), true));
        revisions.append(RevisionRepository.CONTEST, id, "withdraw", author, clock.instant(), reason,
                json.writeValueAsString(MarkView.of(stored)), json.writeValueAsString(after));
        control.recompute(List.of(stored.mark().placeId()), "contest mark withdrawn");
        return after;
    }

    List<MarkView> onPlace(String placeId) {
        return marks.findByPlace(placeId).stream().map(MarkView::of).toList();
    }

    List<Revision> history(long id) {
        marks.findById(id).orElseThrow(() -> new NotFoundException("No contest mark with id " + id));
        return revisions.history(RevisionRepository.CONTEST, id);
    }
}
