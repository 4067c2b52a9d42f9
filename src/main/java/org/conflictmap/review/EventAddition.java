package org.conflictmap.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.conflictmap.events.Evidence;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleRepository;
import org.conflictmap.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds an event the extractor missed. The analyst cites a span of the article text; that span is the
 * evidence, so every added event still traces to a sentence. The event is {@code confirmed}, of
 * {@code analyst} origin, known from the article's publication day, with confidence 1.
 */
@Service
class EventAddition {

    static final int MAX_EVIDENCE = 8000;

    private final ArticleRepository articles;
    private final ReviewedEvents events;
    private final RevisionRepository revisions;
    private final PlaceChoice places;
    private final EventReview review;
    private final ControlRefresh control;
    private final Clock clock;

    EventAddition(ArticleRepository articles, ReviewedEvents events, RevisionRepository revisions, PlaceChoice places,
                  EventReview review, ControlRefresh control, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.revisions = revisions;
        this.places = places;
        this.review = review;
        this.control = control;
        this.clock = clock;
    }

    @Transactional
    public EventState add(ReviewBody body, String author) {
        String reason = body.reason();
        long articleId = body.number("article");
        Article article = articles.findById(articleId).orElseThrow(() ->
                new InvalidInputException("article", "No article with id " + articleId));
        int start = body.offset("start");
        int end = body.offset("end");
        String text = article.text();
        if (start >= text.length()) {
            throw new InvalidInputException("start", "'start' must lie inside the article text (0-" + (text.length() - 1) + ")");
        }
        if (end <= start || end > text.length()) {
            throw new InvalidInputException("end", "'end' must be after 'start' and at most " + text.length());
        }
        if (end - start > MAX_EVIDENCE) {
            throw new InvalidInputException("end", "The cited span is longer than " + MAX_EVIDENCE + " characters");
        }
        String type = EventReview.type(body.text("type"));
        String actor = review.faction("actor", body.text("actor"));
        String target = body.optionalText("target").filter(t -> !t.isEmpty()).map(t -> review.faction("target", t))
                .orElse(null);
        LocalDate date = body.date("date").orElseThrow(() -> new InvalidInputException("date", "'date' is required"));
        String precision = EventReview.precision(body.optionalText("datePrecision").orElse("day"));
        EventState.PlaceRef place = places.locate(articleId, body.text("place"), text, start, end);

        EventState draft = new EventState(0, articleId, article.published(), EventState.CONFIRMED, null, "analyst", 1,
                type, actor, target, place, null, date, precision, 1.0,
                new Evidence(start, end, text.substring(start, end)));
        long id = events.insertNew(articleId, article.published(), events.toEvent(draft));
        EventState added = new EventState(id, articleId, article.published(), EventState.CONFIRMED, null, "analyst", 1,
                type, actor, target, place, null, date, precision, 1.0, draft.evidence());
        events.write(added);
        revisions.append(RevisionRepository.EVENT, id, "add", author, clock.instant(), reason, null,
                events.snapshot(added));
        control.recompute(List.of(place.id()), "event added by an analyst");
        return added;
    }
}
