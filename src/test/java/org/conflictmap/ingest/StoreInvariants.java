package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.FactionCatalog;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.territory.ControlInterval;
import org.conflictmap.territory.ControlOptions;
import org.conflictmap.territory.ControlRepository;
import org.conflictmap.territory.ControlSource;
import org.conflictmap.territory.ControlTimelineBuilder;
import org.conflictmap.territory.FactionAlignment;
import org.conflictmap.territory.PlaceTimeline;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What must hold in a store after the service stopped, however it stopped. */
final class StoreInvariants {

    private final DataSource store;
    private final JdbcClient jdbc;

    StoreInvariants(DataSource store) {
        this.store = store;
        this.jdbc = JdbcClient.create(store);
    }

    /** Each acknowledged article is stored exactly once, under the id the service answered with. */
    void acknowledgedArticlesStoredOnce(Map<String, Long> idsByUrl) {
        Map<String, Long> stored = new TreeMap<>();
        jdbc.sql("SELECT url, id FROM article").query((java.sql.ResultSet rs) -> {
            assertThat(stored.put(rs.getString("url"), rs.getLong("id"))).as("url stored twice").isNull();
        });
        assertThat(stored).containsAllEntriesOf(idsByUrl);
    }

    /**
     * Each acknowledged analyst edit (known by its unique reason, which starts with {@code prefix}) is
     * in the audit trail exactly once, no edit of the stream is there twice, and every event's version
     * equals the number of its revisions: no edit changed an event without its revision, or the reverse.
     */
    void acknowledgedEditsStoredOnce(List<String> reasons, String prefix) {
        Map<String, Long> stored = new TreeMap<>();
        jdbc.sql("SELECT reason, COUNT(*) AS n FROM revision WHERE reason LIKE :p GROUP BY reason")
                .param("p", prefix + "%").query((java.sql.ResultSet rs) -> {
                    stored.put(rs.getString("reason"), rs.getLong("n"));
                });
        assertThat(stored.values()).as("revisions per edit").containsOnly(1L);
        assertThat(stored.keySet()).as("acknowledged edits in the audit trail").containsAll(reasons);
        Map<Long, Long> mismatched = countBy("SELECT e.id, e.version FROM event e WHERE e.version <> "
                + "(SELECT COUNT(*) FROM revision r WHERE r.subject = 'event' AND r.subject_id = e.id)");
        assertThat(mismatched).as("events whose version differs from their revision count").isEmpty();
    }

    /** Count of articles per status. */
    Map<String, Long> statuses() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS n FROM article GROUP BY status")
                .query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    /** Each done article has exactly {@code eventsPerArticle} events; no other article has any derived row. */
    void derivedDataOncePerDoneArticle(int eventsPerArticle) {
        Map<Long, Long> events = countBy("SELECT a.id, COUNT(e.id) FROM article a LEFT JOIN event e "
                + "ON e.article_id = a.id WHERE a.status = 'done' GROUP BY a.id");
        assertThat(events.values()).as("events per done article").containsOnly((long) eventsPerArticle);
        for (String table : List.of("mention", "event", "control_claim")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " t JOIN article a ON a.id = t.article_id "
                    + "WHERE a.status <> 'done'").query(Long.class).single())
                    .as(table + " rows of articles not done").isZero();
        }
    }

    /**
     * Every place's stored control timeline is the one rebuilt now from all stored events and claims
     * at that place: no concurrent recompute lost another article's facts.
     */
    void timelinesMatchARebuild(Path geodata) {
        PlaceRepository places = new PlaceRepository(jdbc, store);
        EventRepository events = new EventRepository(jdbc, places);
        ClaimRepository claims = new ClaimRepository(jdbc, places);
        Map<String, String> groups = new LinkedHashMap<>();
        FactionCatalog.load(geodata).all().forEach(f -> groups.put(f.id(), f.group()));
        ControlTimelineBuilder builder = new ControlTimelineBuilder(FactionAlignment.of(groups),
                ControlOptions.defaults());
        List<String> placeIds = jdbc.sql("SELECT DISTINCT place_id FROM event UNION SELECT DISTINCT place_id "
                + "FROM control_claim").query(String.class).list();
        Map<String, List<String>> rebuilt = new TreeMap<>();
        for (String id : placeIds) {
            List<RecordedEvent> at = events.findByPlaces(List.of(id));
            List<ControlClaim> claimed = claims.findByPlaces(List.of(id));
            var place = !at.isEmpty() ? at.get(0).event().place().place() : claimed.get(0).place();
            rebuilt.put(id, describe(builder.buildPlace(place, at, claimed, LocalDate.MAX).intervals()));
        }
        Map<String, List<String>> stored = new TreeMap<>();
        new ControlRepository(jdbc).loadOverlapping(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).places()
                .forEach((PlaceTimeline t) -> stored.put(t.place().id(), describe(t.intervals())));
        rebuilt.values().removeIf(List::isEmpty);
        assertThat(stored).isEqualTo(rebuilt);
    }

    private static List<String> describe(List<ControlInterval> intervals) {
        List<String> lines = new ArrayList<>();
        intervals.stream().sorted(Comparator.comparing(ControlInterval::from)).forEach(i -> lines.add(
                i.controller() + " " + i.from() + ".." + i.to() + (i.contested() ? " contested" : "") + " "
                        + i.derivation() + " " + i.sources().stream().map(ControlSource::articleId).sorted().toList()));
        return lines;
    }

    private Map<Long, Long> countBy(String sql) {
        Map<Long, Long> counts = new TreeMap<>();
        jdbc.sql(sql).query((java.sql.ResultSet rs) -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }
}
