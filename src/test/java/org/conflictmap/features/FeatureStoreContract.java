package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the feature queries must return on every database the service supports. */
abstract class FeatureStoreContract {

    JdbcClient jdbc;
    EventFeatures events;
    ControlFeatures control;
    MovementFeatures movements;
    PlaceFeatures places;

    abstract DataSource store();

    @BeforeEach
    void openStore() {
        jdbc = JdbcClient.create(store());
        FeedFixtures.reset(jdbc);
        events = new EventFeatures(jdbc);
        Clock clock = Clock.fixed(LocalDate.of(2015, 4, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        FeaturesProperties properties = new FeaturesProperties(100, 1000, 60, 25, 0.01, 4, 8, 0, "t", "d",
                java.util.Map.of());
        control = new ControlFeatures(new JdbcControlSnapshots(jdbc), new SourcesJson(FeedApiTest.JSON), jdbc, clock,
                new TerritoryCache(new StoreVersion(jdbc, clock, properties), properties, () -> LandMask.NONE));
        movements = new MovementFeatures(jdbc);
        places = new PlaceFeatures(jdbc);
    }

    static FeatureQuery query(DateRange datetime, BoundingBox bbox, Set<String> factions, Set<String> types,
                              LocalDate knownAt) {
        return new FeatureQuery(datetime, bbox, 100, 0, factions, types, knownAt, null);
    }

    static List<String> ids(FeaturePage page) {
        return page.features().stream().map(Feature::id).toList();
    }

    @Test
    void selectsEventsByDayIntervalBoxFactionTypeAndKnowledge() {
        LocalDate jan8 = LocalDate.of(2015, 1, 8);
        assertThat(ids(events.items(query(DateRange.instant(jan8), null, Set.of(), Set.of(), null))))
                .containsExactly("1", "5");
        assertThat(ids(events.items(query(new DateRange(null, LocalDate.of(2015, 1, 9), true), null, Set.of(),
                Set.of(), null)))).containsExactly("1", "2", "5");
        assertThat(ids(events.items(query(null, new BoundingBox(39, 33, 41, 35), Set.of(), Set.of(), null))))
                .containsExactly("4");
        assertThat(ids(events.items(query(null, new BoundingBox(179, -10, 45, 40), Set.of(), Set.of(), null))))
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(ids(events.items(query(null, null, Set.of("faction-a"), Set.of("advance"), null))))
                .containsExactly("3");
        assertThat(ids(events.items(query(null, null, Set.of(), Set.of(), LocalDate.of(2015, 1, 10)))))
                .containsExactly("1", "2", "5");
    }

    @Test
    void pagesEventsInIdOrderWithExactCounts() {
        FeaturePage page = events.items(FeatureQuery.all(2).withPage(2, 2));
        assertThat(ids(page)).containsExactly("3", "4");
        assertThat(page.matched()).isEqualTo(5);
        FeaturePage last = events.items(FeatureQuery.all(2).withPage(2, 4));
        assertThat(ids(last)).containsExactly("5");
        assertThat(last.matched()).isEqualTo(5);
        assertThat(events.items(FeatureQuery.all(2).withPage(2, 9)).matched()).isEqualTo(5);
        FeatureFilter filter = FilterParameter.parse("confidence < 0.85", null, events.queryables());
        FeatureQuery filtered = new FeatureQuery(null, null, 1, 1, Set.of(), Set.of(), null, filter);
        FeaturePage second = events.items(filtered);
        assertThat(ids(second)).containsExactly("3");
        assertThat(second.matched()).isEqualTo(4);
    }

    @Test
    void readsEveryEventProperty() {
        Feature deployment = events.item("4", null).orElseThrow();
        assertThat(deployment.geometry().getCoordinate().x).isEqualTo(40.0);
        assertThat(deployment.properties()).containsEntry("date", "2015-03-01").containsEntry("date_precision", "day")
                .containsEntry("known_from", "2015-03-05");
        assertThat(deployment.properties().get("origin").toString()).contains("Alpha");
        assertThat(events.item("77", null)).isEmpty();
        assertThat(events.extent().start()).isEqualTo(LocalDate.of(2015, 1, 8));
        assertThat(events.extent().bbox().maxLon()).isEqualTo(44.3);
    }

    @Test
    void picksOnePointPerPlaceForTheDay() {
        List<ControlPoint> points = new JdbcControlSnapshots(jdbc).on(LocalDate.of(2015, 1, 8), null);
        assertThat(points).extracting(ControlPoint::placeId).containsExactly("p-alpha", "p-bravo");
        assertThat(points.get(0).controller()).isEqualTo("faction-a");
        jdbc.sql("INSERT INTO control_interval (id, place_id, controller, partners, since, precision, derivation, contest, "
                + "valid_from, valid_to, contested, confidence, "
                + "sources, geom) VALUES (9, 'p-alpha', 'faction-c', '', DATE '2015-01-05', 'day', 'stated', '[]', "
                + "DATE '2015-01-05', NULL, TRUE, 0.4, '[]', "
                + "ST_GeomFromText('POINT(44.1234567 36.0000004)', 4326))").update();
        assertThat(new JdbcControlSnapshots(jdbc).on(LocalDate.of(2015, 1, 8), null).get(0).controller())
                .isEqualTo("faction-a");
        assertThat(ids(control.items(query(null, null, Set.of(), Set.of(), null)))).containsExactly("2", "3", "4");
    }

    @Test
    void readsMovementLinesAndPlaceMentionCounts() {
        Feature movement = movements.items(query(null, null, Set.of("faction-c"), Set.of(), null)).features().get(0);
        assertThat(movement.geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(movement.geometry().getCoordinates()[1].x).isEqualTo(40.0);
        assertThat(movements.extent().bbox().minLon()).isEqualTo(40.0);
        FeaturePage mentioned = places.items(query(null, new BoundingBox(43, 35, 45, 37), Set.of(), Set.of(), null));
        assertThat(ids(mentioned)).containsExactly("p-alpha", "p-bravo", "p-charlie");
        assertThat(mentioned.features().get(0).properties()).containsEntry("mentions", 2L);
    }

    @Test
    void countsTimelineDaysAndExportsCsv() throws Exception {
        List<Timeline.Day> days = new Timeline(jdbc).days(Set.of(), LocalDate.of(2015, 1, 1), null);
        assertThat(days).extracting(Timeline.Day::date).containsExactly(LocalDate.of(2015, 1, 8),
                LocalDate.of(2015, 1, 9), LocalDate.of(2015, 2, 20), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 6, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Admin1Names admin1 = new Admin1Names(new ClassPathResource("fixtures/features/admin1.tsv"));
        new EventCsvExport(jdbc, admin1).write(query(null, null, Set.of("faction-b"), Set.of(), null), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("IRQ2,2015-01-09,2015,1,attack,faction-b,,Iraq,Bravo Upland Province,Bravo,");
    }

    @Test
    void evaluatesTranslatableFiltersInTheStoreAndTheRestInMemory() {
        for (String cql : new String[] {"date < '2015-01-09' AND confidence BETWEEN 0.4 AND 0.95",
            "actor = 'faction-b' AND known_from = '2015-01-10'", "actor LIKE 'faction-b'",
            "date < '2015-01-09' AND target IS NULL"}) {
            FeatureFilter filter = FilterParameter.parse(cql, null, events.queryables());
            FeaturePage page = events.items(new FeatureQuery(null, null, 10, 0, Set.of(), Set.of(), null, filter));
            if (cql.startsWith("actor")) {
                assertThat(ids(page)).as(cql).containsExactly("2", "5");
            } else if (cql.contains("IS NULL")) {
                assertThat(ids(page)).as(cql).containsExactly("5");
            } else {
                assertThat(ids(page)).as(cql).containsExactly("1", "5");
            }
        }
        FeatureFilter mentions = FilterParameter.parse("mentions >= 2 OR country = 'SY'", null, places.queryables());
        assertThat(ids(places.items(new FeatureQuery(null, null, 10, 0, Set.of(), Set.of(), null, mentions))))
                .containsExactly("p-alpha", "p-delta");
        FeatureFilter movement = FilterParameter.parse("event_id = 4 AND derivation = 'stated'", null,
                movements.queryables());
        assertThat(movements.items(new FeatureQuery(null, null, 10, 0, Set.of(), Set.of(), null, movement)).matched())
                .isEqualTo(1);
    }
}
