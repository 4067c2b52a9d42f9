package org.conflictmap.review;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/events}: an event in its review state (public, with its version as ETag), its history
 * (public), and the analyst edits (analyst or admin token; every edit needs a {@code reason} and
 * {@code If-Match} with the ETag last read).
 */
@RestController
@RequestMapping("/api/events")
class EventReviewController {

    private final EventReview review;
    private final EventAddition addition;
    private final ReviewedEvents events;

    EventReviewController(EventReview review, EventAddition addition, ReviewedEvents events) {
        this.review = review;
        this.addition = addition;
        this.events = events;
    }

    @GetMapping("/{id}")
    ResponseEntity<EventState> get(@PathVariable long id) {
        return tagged(review.current(id));
    }

    @GetMapping("/{id}/history")
    List<Revision> history(@PathVariable long id) {
        return review.history(id);
    }

    /** Every event read from the article, rejected and merged ones included. */
    @GetMapping(params = "article")
    List<EventState> ofArticle(@RequestParam long article) {
        return events.findByArticle(article);
    }

    @PostMapping
    ResponseEntity<EventState> add(@RequestBody JsonNode body, Authentication who) {
        EventState added = addition.add(ReviewBody.of(body, "article", "start", "end", "place", "type", "actor",
                "target", "date", "datePrecision"), who.getName());
        return ResponseEntity.created(URI.create("/api/events/" + added.id())).eTag(etag(added)).body(added);
    }

    @PostMapping("/{id}/confirm")
    ResponseEntity<EventState> confirm(@PathVariable long id, @RequestBody JsonNode json,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       Authentication who) {
        ReviewBody body = ReviewBody.of(json);
        return tagged(review.confirm(id, body.expectedVersion(ifMatch), body.reason(), who.getName()));
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<EventState> reject(@PathVariable long id, @RequestBody JsonNode json,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      Authentication who) {
        ReviewBody body = ReviewBody.of(json);
        return tagged(review.reject(id, body.expectedVersion(ifMatch), body.reason(), who.getName()));
    }

    @PatchMapping("/{id}")
    ResponseEntity<EventState> edit(@PathVariable long id, @RequestBody JsonNode json,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    Authentication who) {
        ReviewBody body = ReviewBody.of(json, "place", "actor", "target", "type", "date", "datePrecision");
        return tagged(review.edit(id, body.expectedVersion(ifMatch), body, body.reason(), who.getName()));
    }

    @PostMapping("/{id}/merge")
    ResponseEntity<EventState> merge(@PathVariable long id, @RequestBody JsonNode json,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     Authentication who) {
        ReviewBody body = ReviewBody.of(json, "duplicates");
        String reason = body.reason();
        List<Long> duplicates = new ArrayList<>();
        for (JsonNode node : body.array("duplicates")) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw new InvalidInputException("duplicates", "'duplicates' must be an array of event ids");
            }
            duplicates.add(node.asLong());
        }
        return tagged(review.merge(id, body.expectedVersion(ifMatch), duplicates, reason, who.getName()));
    }

    @PostMapping("/{id}/revert")
    ResponseEntity<EventState> revert(@PathVariable long id, @RequestBody JsonNode json,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      Authentication who) {
        ReviewBody body = ReviewBody.of(json, "revision");
        String reason = body.reason();
        long revision = body.number("revision");
        return tagged(review.revert(id, body.expectedVersion(ifMatch), revision, reason, who.getName()));
    }

    private static ResponseEntity<EventState> tagged(EventState state) {
        return ResponseEntity.ok().eTag(etag(state)).body(state);
    }

    private static String etag(EventState state) {
        return "\"" + state.version() + "\"";
    }
}
