package org.conflictmap.review;

import java.net.URI;
import java.util.List;

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
 * {reason}, and {@code GET /api/contests/{id}/history}.
 */
@RestController
class ContestController {

    private final ContestReview contests;

    ContestController(ContestReview contests) {
        this.contests = contests;
    }

    @PostMapping("/api/places/{placeId}/contests")
    ResponseEntity<ContestReview.MarkView> mark(@PathVariable String placeId, @RequestBody JsonNode body,
                                                Authentication who) {
        ContestReview.MarkView mark = contests.mark(placeId, ReviewBody.of(body), who.getName());
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
