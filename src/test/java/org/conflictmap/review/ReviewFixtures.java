package org.conflictmap.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventDate;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Evidence;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.geoparsing.ResolvedMention;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleRepository;
import org.conflictmap.ingest.ArticleSubmission;
import org.conflictmap.territory.ControlRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One made-up article with three machine-read events about three made-up places: a capture of
 * Northtown, an attack on Southville, and a second report of the same capture (a duplicate).
 * The last sentence names Westbury without any event read from it.
 */
final class ReviewFixtures {

    static final String NORTH = "t-northtown";
    static final String SOUTH = "t-southville";
    static final String WEST = "t-westbury";
    static final String ISIS = "isis";
    static final String GOVERNMENT = "iraqi-government";
    static final LocalDate CAPTURED = LocalDate.of(2015, 1, 10);
    static final LocalDate ATTACKED = LocalDate.of(2015, 1, 11);
    static final LocalDate PUBLISHED = LocalDate.of(2015, 2, 5);

    static final String CAPTURE_SENTENCE = "Militants seized Northtown on Saturday.";
    static final String ATTACK_SENTENCE = "A bomb hit Southville on Sunday.";
    static final String DUPLICATE_SENTENCE = "Northtown was seized by the militants at the weekend.";
    static final String MISSED_SENTENCE = "Army units retook Westbury on 3 February.";
    static final String TEXT = String.join(" ", CAPTURE_SENTENCE, ATTACK_SENTENCE, DUPLICATE_SENTENCE, MISSED_SENTENCE);

    static final Place NORTHTOWN = place(NORTH, "Northtown", 36.0, 43.0);
    static final Place SOUTHVILLE = place(SOUTH, "Southville", 34.0, 44.0);
    static final Place WESTBURY = place(WEST, "Westbury", 35.0, 41.0);

    /** Ids of the fixture events, in the order above. */
    record Loaded(Article article, long capture, long attack, long duplicate) {
    }

    private ReviewFixtures() {
    }

    static Loaded load(JdbcClient jdbc, ArticleRepository articles, PlaceRepository places, EventRepository events,
                       ControlRecorder control) {
        for (String table : new String[] {"revision", "event_set_aside", "contest_mark", "movement", "control_interval",
                "event", "control_claim", "mention", "place", "article", "access_token"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        Article article = articles.insert(new ArticleSubmission("Weekend fighting", "Test Wire", null, PUBLISHED, null,
                TEXT), Instant.parse("2015-02-05T10:00:00Z"));
        articles.markDone(article.id(), Instant.parse("2015-02-05T10:00:01Z"));
        places.saveAll(List.of(NORTHTOWN, SOUTHVILLE, WESTBURY));
        events.replaceForArticle(article.id(), PUBLISHED, machineEvents());
        List<Long> ids = jdbc.sql("SELECT id FROM event ORDER BY id").query(Long.class).list();
        control.recompute(List.of(NORTH, SOUTH, WEST));
        return new Loaded(articles.findById(article.id()).orElseThrow(), ids.get(0), ids.get(1), ids.get(2));
    }

    /** What the extractor reads from {@link #TEXT}: re-processing the article writes these again. */
    static List<ConflictEvent> machineEvents() {
        return List.of(
                event(EventType.CAPTURE, ISIS, GOVERNMENT, NORTHTOWN, CAPTURE_SENTENCE, "Northtown", CAPTURED),
                event(EventType.ATTACK, ISIS, null, SOUTHVILLE, ATTACK_SENTENCE, "Southville", ATTACKED),
                event(EventType.CAPTURE, ISIS, null, NORTHTOWN, DUPLICATE_SENTENCE, "Northtown", CAPTURED));
    }

    static int start(String sentence) {
        return TEXT.indexOf(sentence);
    }

    static int end(String sentence) {
        return start(sentence) + sentence.length();
    }

    private static ConflictEvent event(EventType type, String actor, String target, Place place, String sentence,
                                       String surface, LocalDate date) {
        int placeStart = start(sentence) + sentence.indexOf(surface);
        return new ConflictEvent(type, actor, target,
                new ResolvedMention(placeStart, placeStart + surface.length(), surface, place, 0.8, List.of()), null,
                new EventDate(date, DatePrecision.DAY), 0.8, new Evidence(start(sentence), end(sentence), sentence));
    }

    private static Place place(String id, String name, double lat, double lon) {
        return new Place(id, null, name, lat, lon, PlaceKind.CITY, "PPL", "IQ", "00", 1000);
    }
}
