package org.conflictmap.review;

import java.net.URI;
import java.util.List;

import org.conflictmap.territory.ControlInterval;
import org.conflictmap.territory.ControlRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Analyst contest marks: {@code POST /api/places/{id}/contests} {from, to, reason} (both days
 * included), {@code GET} the same path to list them, {@code POST /api/contests/{id}/withdraw}
 * {reason}, {@code GET /api/contests/{id}/history}, and {@code GET /api/places/{id}/control}: the place's
 * stored control intervals with the sources behind each and behind its contested flag.
 */
@RestController
class ContestController {

    private final ContestReview contests;
    private final ControlRepository control;

    ContestController(ContestReview contests, ControlRepository control) {
        this.contests = contests;
        this.control = control;
    }

    /**
     * The place's control timeline as stored: every interval with the sources behind it and, when
     * contested, the sources that make it so (analyst marks have kind {@code REVIEW}).
     */
    @GetMapping("/api/places/{placeId}/control")
    List<ControlInterval> control(@PathVariable String placeId) {
        return control.findByPlace(placeId);
    }

    @PostMapping("/api/places/{placeId}/contests")
    ResponseEntity<ContestReview.MarkView> mark(@PathVariable String placeId, @RequestBody JsonNode body,
                                                Authentication who) {
        ContestReview.MarkView mark = contests.mark(placeId, ReviewBody.of(body, "from", "to"), who.getName());
        return ResponseEntity.created(URI.create("/api/contests/" + mark.id())).body(mark);
    }

    @GetMapping("/api/places/{placeId}/contests")
    List<ContestReview.MarkView> onPlace(@PathVariable String placeId) {
        return contests.onPlace(placeId);
    }

    @PostMapping("/api/contests/{id}/withdraw")
    ContestReview.MarkView withdraw(@PathVariable long id, @RequestBody JsonNode body, Authentication who) {
        return contests.withdraw(id, ReviewBody.of(body), who.getName());
    }

    @GetMapping("/api/contests/{id}/history")
    List<Revision> history(@PathVariable long id) {
        return contests.history(id);
    }
}
