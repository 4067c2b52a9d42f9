package org.conflictmap.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.FactionCatalog;
import org.conflictmap.geoparsing.MentionRepository;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.ingest.ArticleRepository;
import org.conflictmap.territory.ContestMarkRepository;
import org.conflictmap.territory.ControlOptions;
import org.conflictmap.territory.ControlRecorder;
import org.conflictmap.territory.ControlRepository;
import org.conflictmap.territory.ControlTimelineBuilder;
import org.conflictmap.territory.FactionAlignment;
import org.conflictmap.territory.MovementDeriver;
import org.conflictmap.territory.MovementRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review tables (V5) on every supported database: set-aside events, revisions, contest marks. */
abstract class ReviewStoreContract {

    abstract DataSource store();

    JdbcClient jdbc;
    EventRepository events;
    ControlRecorder control;
    EventReview review;
    ContestReview contests;
    ReviewFixtures.Loaded fixture;

    @BeforeEach
    void openStore() {
        DataSource ds = store();
        jdbc = JdbcClient.create(ds);
        PlaceRepository places = new PlaceRepository(jdbc, ds);
        events = new EventRepository(jdbc, places);
        FactionAlignment alignment = FactionAlignment.of(Map.of(ReviewFixtures.ISIS, "a", ReviewFixtures.GOVERNMENT, "b"));
        ContestMarkRepository marks = new ContestMarkRepository(jdbc);
        control = new ControlRecorder(events, new ClaimRepository(jdbc, places), new ControlRepository(jdbc),
                new MovementRepository(jdbc), new ControlTimelineBuilder(alignment, ControlOptions.defaults()),
                new MovementDeriver(alignment), marks);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        PlaceLookup lookup = new PlaceLookup(jdbc);
        ReviewedEvents reviewed = new ReviewedEvents(jdbc, events, lookup);
        RevisionRepository revisions = new RevisionRepository(jdbc);
        review = new EventReview(reviewed, revisions, new ControlRefresh(control, e -> { }),
                new PlaceChoice(lookup, new MentionRepository(jdbc, places), places), FactionCatalog.fromClasspath(), clock);
        contests = new ContestReview(marks, lookup, revisions, new ControlRefresh(control, e -> { }), clock);
        fixture = ReviewFixtures.load(jdbc, new ArticleRepository(jdbc), places, events, control);
    }

    private String controllerOn(String placeId, String day) {
        return jdbc.sql("SELECT controller || CASE WHEN contested THEN ' (contested)' ELSE '' END FROM control_interval "
                        + "WHERE place_id = :p AND valid_from <= CAST(:d AS DATE) "
                        + "AND (valid_to IS NULL OR valid_to > CAST(:d AS DATE))")
                .param("p", placeId).param("d", day).query(String.class).optional().orElse("unknown");
    }

    @Test
    void rejectionSetsTheEventAsideAndRevertBringsItBackUnderItsId() {
        review.reject(fixture.capture(), 0, "misread", "rana");
        review.reject(fixture.duplicate(), 0, "misread", "rana");

        assertThat(events.findById(fixture.capture())).isEmpty();
        assertThat(controllerOn(ReviewFixtures.NORTH, "2015-01-20")).isEqualTo("unknown");

        long revision = jdbc.sql("SELECT id FROM revision WHERE subject_id = :id").param("id", fixture.capture())
                .query(Long.class).single();
        review.revert(fixture.capture(), 1, revision, "it was right", "omar");

        assertThat(events.findById(fixture.capture())).isPresent();
        assertThat(controllerOn(ReviewFixtures.NORTH, "2015-01-20")).isEqualTo(ReviewFixtures.ISIS);
    }

    @Test
    void reextractionSkipsSpansAnAnalystDecidedOn() {
        review.reject(fixture.attack(), 0, "no bomb", "rana");
        review.confirm(fixture.capture(), 0, "checked", "rana");

        events.replaceForArticle(fixture.article().id(), ReviewFixtures.PUBLISHED, ReviewFixtures.machineEvents());

        List<Long> ids = jdbc.sql("SELECT id FROM event ORDER BY id").query(Long.class).list();
        assertThat(ids).hasSize(2).contains(fixture.capture()).doesNotContain(fixture.attack(), fixture.duplicate());
    }

    @Test
    void contestMarkContestsItsDaysOnly() {
        contests.mark(ReviewFixtures.NORTH, ReviewBodies.mark("2015-01-15", "2015-01-16", "street fighting"), "rana");

        assertThat(controllerOn(ReviewFixtures.NORTH, "2015-01-14")).isEqualTo(ReviewFixtures.ISIS);
        assertThat(controllerOn(ReviewFixtures.NORTH, "2015-01-16")).isEqualTo(ReviewFixtures.ISIS + " (contested)");
        assertThat(controllerOn(ReviewFixtures.NORTH, "2015-01-17")).isEqualTo(ReviewFixtures.ISIS);
    }
}
