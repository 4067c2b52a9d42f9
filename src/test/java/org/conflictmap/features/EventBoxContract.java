package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events of a period in a box, on every database the service supports: exactly the events inside,
 * edges and the period's first and last day included, boxes across the antimeridian, and the same
 * answer as a plain scan of every event for random boxes and periods.
 */
abstract class EventBoxContract {

    private static final LocalDate JUNE_1 = LocalDate.of(2015, 6, 1);
    private static final LocalDate JUNE_15 = LocalDate.of(2015, 6, 15);
    private static final LocalDate JUNE_30 = LocalDate.of(2015, 6, 30);
    private static final DateRange JUNE = new DateRange(JUNE_1, JUNE_30, true);

    private JdbcClient jdbc;
    private EventFeatures events;
    private final List<StoredEvent> stored = new ArrayList<>();

    private record StoredEvent(long id, double lon, double lat, LocalDate date) {
    }

    abstract DataSource store();

    @BeforeEach
    void openStore() {
        jdbc = JdbcClient.create(store());
        for (String table : new String[] {"movement", "control_interval", "event", "mention", "place", "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("INSERT INTO article (id, title, source, url, published, body, text_hash, status, received_at) "
                + "VALUES (1, 'Grid of made-up events', 'Test Wire', 'https://example.org/grid', DATE '2015-06-01', "
                + "'Made-up events for box queries.', 'hash-grid', 'done', TIMESTAMP WITH TIME ZONE "
                + "'2015-06-01 08:00:00+00')").update();
        jdbc.sql("INSERT INTO place (id, name, kind, feature_code, country, lon, lat, geom) VALUES ('p-grid', "
                + "'Grid', 'city', 'PPL', 'XX', 0, 0, ST_GeomFromText('POINT(0 0)', 4326))").update();
        events = new EventFeatures(jdbc);
    }

    private void event(long id, double lon, double lat, LocalDate date) {
        jdbc.sql("INSERT INTO event (id, article_id, type, actor, place_id, place_start, place_end, place_surface, "
                        + "event_date, date_precision, confidence, evidence_start, evidence_end, evidence_text, "
                        + "known_from, geom) VALUES (:id, 1, 'attack', 'faction-a', 'p-grid', 0, 4, 'Grid', :date, "
                        + "'day', 0.8, 0, 31, 'Made-up events for box queries.', DATE '2015-06-01', "
                        + "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))")
                .param("id", id).param("date", date).param("lon", lon).param("lat", lat).update();
        stored.add(new StoredEvent(id, lon, lat, date));
    }

    private List<String> ids(DateRange period, BoundingBox box) {
        FeaturePage page = events.items(new FeatureQuery(period, box, 1000, 0, Set.of(), Set.of(), null, null));
        assertThat(page.matched()).isEqualTo(page.features().size());
        return page.features().stream().map(Feature::id).toList();
    }

    @Test
    void selectsTheEventsInsideTheBoxAndPeriodWithEdgesAndLastDaysIncluded() {
        event(1, 10, 40, JUNE_1);
        event(2, 20, 50, JUNE_30);
        event(3, 10, 50, JUNE_15);
        event(4, 15, 45, JUNE_1.minusDays(1));
        event(5, 15, 45, JUNE_30.plusDays(1));
        event(6, 9.999999, 45, JUNE_15);
        event(7, 20.000001, 45, JUNE_15);
        event(8, 15, 50.000001, JUNE_15);
        event(9, 15, 39.999999, JUNE_15);
        event(10, 12.5, 47.5, JUNE_15);

        assertThat(ids(JUNE, new BoundingBox(10, 40, 20, 50))).containsExactly("1", "2", "3", "10");
        assertThat(ids(DateRange.instant(JUNE_15), new BoundingBox(10, 40, 20, 50))).containsExactly("3", "10");
        assertThat(ids(new DateRange(null, JUNE_1, true), new BoundingBox(10, 40, 20, 50))).containsExactly("1", "4");
        assertThat(ids(null, new BoundingBox(9.999999, 39.999999, 20.000001, 50.000001)))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(ids(JUNE, new BoundingBox(12.5, 47.5, 12.5, 47.5))).containsExactly("10");
    }

    @Test
    void selectsEventsOnBothSidesOfTheAntimeridianWhenTheBoxCrossesIt() {
        event(1, 180, 0, JUNE_15);
        event(2, -180, 0, JUNE_15);
        event(3, 175, 10, JUNE_15);
        event(4, -170, -10, JUNE_15);
        event(5, 0, 0, JUNE_15);
        event(6, -169.999, 0, JUNE_15);
        event(7, 169.999, 0, JUNE_15);
        event(8, 179, 10.001, JUNE_15);
        event(9, 179, 0, JUNE_30.plusDays(1));

        assertThat(ids(JUNE, new BoundingBox(170, -10, -170, 10))).containsExactly("1", "2", "3", "4");
        assertThat(ids(null, new BoundingBox(170, -10, -170, 10))).containsExactly("1", "2", "3", "4", "9");
        assertThat(ids(JUNE, new BoundingBox(-175, -10, 5, 10))).containsExactly("4", "5", "6");
    }

    @Test
    void answersRandomBoxesAndPeriodsLikeAScanOfEveryEvent() {
        SplittableRandom random = new SplittableRandom(20150601);
        for (int id = 1; id <= 400; id++) {
            // coarse coordinates, so that many events lie exactly on the edges of the boxes asked for
            event(id, random.nextInt(-180, 181) / 2.0 * (random.nextBoolean() ? 1 : 0.999),
                    random.nextInt(-60, 61) / 2.0, JUNE_1.plusDays(random.nextInt(-40, 70)));
        }
        for (int q = 0; q < 60; q++) {
            double minLon = random.nextInt(-180, 181) / 2.0;
            double maxLon = q % 4 == 0 ? random.nextInt(-180, 181) / 2.0 : Math.min(90, minLon + random.nextInt(1, 60));
            double minLat = random.nextInt(-60, 50) / 2.0;
            BoundingBox box = new BoundingBox(minLon, minLat, maxLon, Math.min(30, minLat + random.nextInt(1, 40)));
            LocalDate from = JUNE_1.plusDays(random.nextInt(-45, 70));
            DateRange period = switch (q % 5) {
                case 0 -> null;
                case 1 -> new DateRange(from, null, true);
                case 2 -> DateRange.instant(from);
                default -> new DateRange(from, from.plusDays(random.nextInt(0, 40)), true);
            };
            List<String> expected = stored.stream()
                    .filter(e -> box.contains(e.lon(), e.lat()) && inside(period, e.date()))
                    .map(e -> Long.toString(e.id())).toList();
            assertThat(ids(period, box)).as("box %s, period %s", box, period).isEqualTo(expected);
        }
    }

    @Test
    void countsEveryMatchingEventWhenThePageIsFull() {
        for (int id = 1; id <= 30; id++) {
            event(id, 10 + id / 10.0, 40 + id / 10.0, JUNE_1.plusDays(id % 35));
        }
        FeaturePage page = events.items(new FeatureQuery(JUNE, new BoundingBox(10.5, 40, 20, 50), 10, 10, Set.of(),
                Set.of(), null, null));
        List<String> inside = stored.stream().filter(e -> e.lon() >= 10.5 && !e.date().isAfter(JUNE_30))
                .map(e -> Long.toString(e.id())).toList();
        assertThat(page.matched()).isEqualTo(inside.size());
        assertThat(page.features().stream().map(Feature::id).toList()).isEqualTo(inside.subList(10, 20));
    }

    private static boolean inside(DateRange period, LocalDate date) {
        return period == null || (period.start() == null || !date.isBefore(period.start()))
                && (period.end() == null || !date.isAfter(period.end()));
    }
}
