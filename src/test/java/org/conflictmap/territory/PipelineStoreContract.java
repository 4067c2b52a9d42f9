package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventDate;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Evidence;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.Candidate;
import org.conflictmap.geoparsing.MentionRepository;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.geoparsing.ResolvedMention;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleRepository;
import org.conflictmap.ingest.ArticleSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pipeline's tables on every supported database: what a stage writes, the next one reads back. */
abstract class PipelineStoreContract {

    static final Place NORTH_TOWN = new Place("1001", 1001L, "Qaryat Shamal", 36.1, 43.2, PlaceKind.CITY, "PPL", "IQ",
            "08", 12000);
    static final Place SOUTH_TOWN = new Place("x:conflict:janub", null, "Janub", 35.2, 43.9, PlaceKind.CITY, "PPL",
            "IQ", "", 0);
    static final Place NORTH_OTHER = new Place("2002", 2002L, "Qaryat Shamal", 31.0, 35.0, PlaceKind.CITY, "PPL", "JO",
            "", 800);

    static final Place NEAR_TOWN = new Place("x:conflict:qarib", null, "Qarib", 36.0, 43.3, PlaceKind.CITY, "PPL",
            "IQ", "", 0);

    abstract DataSource store();

    JdbcClient jdbc;
    ArticleRepository articles;
    MentionRepository mentions;
    EventRepository events;
    ClaimRepository claims;
    ControlRepository control;
    MovementRepository movements;
    ControlRecorder recorder;

    @BeforeEach
    void openStore() {
        DataSource ds = store();
        jdbc = JdbcClient.create(ds);
        PlaceRepository places = new PlaceRepository(jdbc, ds);
        articles = new ArticleRepository(jdbc);
        mentions = new MentionRepository(jdbc, places);
        events = new EventRepository(jdbc, places);
        claims = new ClaimRepository(jdbc, places);
        control = new ControlRepository(jdbc);
        movements = new MovementRepository(jdbc);
        FactionAlignment alignment = FactionAlignment.of(Map.of("blue", "allies", "green", "allies"));
        recorder = new ControlRecorder(events, claims, control, movements,
                new ControlTimelineBuilder(alignment, ControlOptions.defaults()), new MovementDeriver(alignment));
    }

    private Article article(String text, LocalDate published) {
        return articles.insert(new ArticleSubmission("t", "s", null, published, null, text), Instant.EPOCH);
    }

    private static ResolvedMention at(Place place, int start) {
        return new ResolvedMention(start, start + place.name().length(), place.name(), place, 0.9, List.of());
    }

    private static ConflictEvent event(EventType type, String actor, Place place, ResolvedMention origin, String date) {
        return new ConflictEvent(type, actor, null, at(place, 0), origin,
                new EventDate(LocalDate.parse(date), DatePrecision.DAY), 0.8, new Evidence(0, 20, "Fighters took the town."));
    }

    @Test
    void keepsMentionsWithTheCandidatesTheyBeat() {
        Article a = article("Qaryat Shamal and Janub.", LocalDate.of(2015, 1, 1));
        ResolvedMention north = new ResolvedMention(0, 13, "Qaryat Shamal", NORTH_TOWN, 0.7,
                List.of(new Candidate(NORTH_OTHER, 0.2)));

        mentions.replaceForArticle(a.id(), List.of(north, at(SOUTH_TOWN, 18)));
        mentions.replaceForArticle(a.id(), List.of(north, at(SOUTH_TOWN, 18)));

        List<ResolvedMention> read = mentions.findByArticle(a.id());
        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isEqualTo(north);
        assertThat(read.get(1).place()).isEqualTo(SOUTH_TOWN);
    }

    @Test
    void readsTheCandidatesOfMentionsStoredWithEitherSpellingOfTheirKind() {
        Article a = article("Qaryat Shamal.", LocalDate.of(2015, 1, 1));
        mentions.replaceForArticle(a.id(), List.of(new ResolvedMention(0, 13, "Qaryat Shamal", NORTH_TOWN, 0.7,
                List.of(new Candidate(NORTH_OTHER, 0.2)))));
        String stored = jdbc.sql("SELECT alternatives FROM mention WHERE article_id = :a")
                .param("a", a.id()).query(String.class).single();
        assertThat(stored).contains("\"kind\":\"" + NORTH_OTHER.kind().id() + "\"");
        assertThat(mentions.findByArticle(a.id()).get(0).alternatives()).containsExactly(new Candidate(NORTH_OTHER, 0.2));
        // as rows written before the kind was written by its id
        jdbc.sql("UPDATE mention SET alternatives = :json WHERE article_id = :a")
                .param("json", stored.replace(NORTH_OTHER.kind().id(), NORTH_OTHER.kind().name()))
                .param("a", a.id()).update();

        assertThat(mentions.findByArticle(a.id()).get(0).alternatives())
                .containsExactly(new Candidate(NORTH_OTHER, 0.2));
    }

    @Test
    void readsBackEventsAsWritten() {
        Article a = article("Fighters took the town.", LocalDate.of(2015, 3, 4));
        ConflictEvent took = event(EventType.CAPTURE, "red", NORTH_TOWN, null, "2015-03-03");
        ConflictEvent sent = event(EventType.DEPLOYMENT, "blue", NORTH_TOWN, at(SOUTH_TOWN, 30), "2015-03-02");

        events.replaceForArticle(a.id(), a.published(), List.of(took, sent));

        assertThat(events.findByArticle(a.id())).extracting(e -> e.event())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("place.confidence", "origin.confidence")
                .containsExactly(took, sent);
        assertThat(events.findByPlaces(List.of(NORTH_TOWN.id()))).allSatisfy(e -> {
            assertThat(e.articleId()).isEqualTo(a.id());
            assertThat(e.knownFrom()).isEqualTo(LocalDate.of(2015, 3, 4));
        });
    }

    @Test
    void derivesAndStoresControlAndMovementsForTheTouchedPlaces() {
        Article first = article("first", LocalDate.of(2015, 3, 10));
        events.replaceForArticle(first.id(), first.published(), List.of(
                event(EventType.CAPTURE, "blue", SOUTH_TOWN, null, "2015-03-01"),
                event(EventType.CAPTURE, "red", NORTH_TOWN, null, "2015-03-05")));
        recorder.process(first);
        Article second = article("second", LocalDate.of(2015, 4, 2));
        events.replaceForArticle(second.id(), second.published(), List.of(
                event(EventType.ADVANCE, "green", NORTH_TOWN, null, "2015-04-01")));
        claims.replaceForArticle(second.id(), second.published(), List.of(new ControlClaim(0, 0, second.published(),
                SOUTH_TOWN, "blue", LocalDate.of(2015, 4, 1), DatePrecision.DAY, 0.7, new Evidence(0, 6, "second"))));
        recorder.process(second);

        ControlTimeline stored = control.loadOverlapping(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        assertThat(control.loadOverlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)).places()).isEmpty();
        assertThat(stored.place(NORTH_TOWN.id()).orElseThrow().controllerOn(LocalDate.of(2015, 3, 20))).contains("red");
        assertThat(stored.place(SOUTH_TOWN.id()).orElseThrow().controllerOn(LocalDate.of(2015, 4, 20))).contains("blue");
        assertThat(stored.controlOn(LocalDate.of(2015, 4, 1))).filteredOn(s -> s.place().id().equals(NORTH_TOWN.id()))
                .singleElement().satisfies(s -> assertThat(s.contested()).isTrue());
        assertThat(stored.place(NORTH_TOWN.id()).orElseThrow().intervals().get(0).sources())
                .extracting(ControlSource::articleId).contains(first.id());

        assertThat(jdbc.sql("SELECT derivation, origin_place_id, target_place_id FROM movement")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ">" + rs.getString(3)).list())
                .containsExactly("inferred:" + SOUTH_TOWN.id() + ">" + NORTH_TOWN.id());
    }

    @Test
    void redrawsAnInferredMovementWhenALaterArticleGivesTheActorANearerTown() {
        Article first = article("first", LocalDate.of(2015, 3, 10));
        events.replaceForArticle(first.id(), first.published(), List.of(
                event(EventType.CAPTURE, "blue", SOUTH_TOWN, null, "2015-03-01"),
                event(EventType.ADVANCE, "blue", NORTH_TOWN, null, "2015-04-01")));
        recorder.process(first);
        assertThat(movementLines()).containsExactly("inferred:" + SOUTH_TOWN.id() + ">" + NORTH_TOWN.id());

        Article later = article("later", LocalDate.of(2015, 5, 1));
        events.replaceForArticle(later.id(), later.published(), List.of(
                event(EventType.CAPTURE, "blue", NEAR_TOWN, null, "2015-03-20")));
        recorder.process(later);

        assertThat(movementLines()).containsExactly("inferred:" + NEAR_TOWN.id() + ">" + NORTH_TOWN.id());
        assertThat(jdbc.sql("SELECT known_from FROM movement").query(LocalDate.class).single()).isEqualTo(first.published());
    }

    @Test
    void reprocessingAnArticleWhoseEventMovedRecomputesTheTownItLeft() {
        Article a = article("Fighters took the town.", LocalDate.of(2015, 3, 10));
        events.replaceForArticle(a.id(), a.published(), List.of(event(EventType.CAPTURE, "red", NORTH_TOWN, null, "2015-03-05")));
        recorder.process(a);
        assertThat(control.loadPlaces(List.of(NORTH_TOWN.id())).places()).hasSize(1);
        articles.markDone(a.id(), Instant.EPOCH);
        Article done = articles.findById(a.id()).orElseThrow();

        events.replaceForArticle(a.id(), a.published(), List.of(event(EventType.CAPTURE, "red", SOUTH_TOWN, null, "2015-03-05")));
        recorder.process(done);

        ControlTimeline stored = control.loadOverlapping(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        assertThat(stored.place(NORTH_TOWN.id())).isEmpty();
        assertThat(stored.place(SOUTH_TOWN.id()).orElseThrow().controllerOn(LocalDate.of(2015, 3, 6))).contains("red");
    }

    private List<String> movementLines() {
        return jdbc.sql("SELECT derivation, origin_place_id, target_place_id FROM movement")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ">" + rs.getString(3)).list();
    }
}
