package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.locationtech.jts.geom.Point;

/**
 * {@code events}: one point per stored event, with its article and evidence sentence. {@code datetime}
 * selects by event date (an instant: that day; an interval: the days in it), {@code faction} by actor,
 * {@code type} by event type, {@code known_at} by the day the event became known (its article's
 * publication day).
 */
@Component
class EventFeatures implements CollectionSource {

    static final String ID = "events";

    private static final String SELECT = "SELECT e.id, e.type, e.actor, e.target, e.event_date, e.date_precision, "
            + "e.confidence, e.evidence_start, e.evidence_end, e.evidence_text, e.known_from, "
            + "e.lon, e.lat, e.place_id, (SELECT p.name FROM place p WHERE p.id = e.place_id) AS place_name, "
            + "e.origin_place_id AS origin_id, (SELECT o.name FROM place o WHERE o.id = e.origin_place_id) AS origin_name, "
            + "a.id AS article_id, a.title, a.source, a.url, a.published ";
    // place names by lookups of the page's rows: joined, PostgreSQL hashed all 20,000 places (twice) for
    // a page of 446 events, three times the cost of the rest of the query (both places are foreign keys)
    private static final String FROM = "FROM event e JOIN article a ON a.id = e.article_id";

    private final JdbcClient jdbc;
    private final Queryables queryables = new Queryables(ID, properties(), Point.class);

    EventFeatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, Class<?>> properties() {
        Map<String, Class<?>> p = new LinkedHashMap<>();
        p.put("type", String.class);
        p.put("actor", String.class);
        p.put("target", String.class);
        p.put("date", String.class);
        p.put("date_precision", String.class);
        p.put("confidence", Double.class);
        p.put("known_from", String.class);
        return p;
    }

    /** Queryables the store can evaluate (target is nullable, so it stays in memory). */
    private static final Map<String, SqlColumn> COLUMNS = Map.of("type", SqlColumn.text("e.type"),
            "actor", SqlColumn.text("e.actor"), "date", SqlColumn.day("e.event_date"),
            "date_precision", SqlColumn.text("e.date_precision"), "confidence", SqlColumn.number("e.confidence"),
            "known_from", SqlColumn.day("e.known_from"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> parameters() {
        return Set.of(Ogc.P_DATETIME, Ogc.P_FACTION, Ogc.P_TYPE, Ogc.P_KNOWN_AT);
    }

    @Override
    public boolean cachedResponses() {
        return true;
    }

    @Override
    public Queryables queryables() {
        return queryables;
    }

    @Override
    public FeaturePage items(FeatureQuery query) {
        return new PagedSqlQuery(jdbc).page(SELECT + FROM, "FROM event e", where(query), "e.id", query, EventFeatures::map, COLUMNS);
    }

    /** The conditions of every parameter but {@code filter}, on {@code event e}. */
    static SqlWhere where(FeatureQuery query) {
        SqlWhere where = new SqlWhere().dates("e.event_date", query.datetime()).box("e.lon", "e.lat", query.bbox())
                .in("e.actor", "factions", query.factions()).in("e.type", "types", query.types());
        if (query.knownAt() != null) {
            where.add("e.known_from <= :knownAt", "knownAt", query.knownAt());
        }
        return where;
    }

    @Override
    public Optional<Feature> item(String featureId, FeatureQuery query) {
        return FeatureIds.number(featureId).flatMap(id -> jdbc.sql(SELECT + FROM + " WHERE e.id = :id")
                .param("id", id).query(EventFeatures::map).optional());
    }

    @Override
    public Extent extent() {
        return jdbc.sql("SELECT MIN(lon) AS x1, MIN(lat) AS y1, MAX(lon) AS x2, "
                + "MAX(lat) AS y2, MIN(event_date) AS d1, MAX(event_date) AS d2 FROM event")
                .query(Extents::map).single();
    }

    static Feature map(ResultSet rs, int row) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", rs.getString("type"));
        p.put("actor", rs.getString("actor"));
        p.put("target", rs.getString("target"));
        p.put("date", Rows.date(rs, "event_date"));
        p.put("date_precision", rs.getString("date_precision"));
        p.put("confidence", rs.getDouble("confidence"));
        p.put("place", Rows.place(rs, "place_id", "place_name"));
        p.put("origin", Rows.place(rs, "origin_id", "origin_name"));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", rs.getLong("article_id"));
        article.put("title", rs.getString("title"));
        article.put("source", rs.getString("source"));
        article.put("url", rs.getString("url"));
        article.put("published", Rows.date(rs, "published"));
        p.put("article", article);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("text", rs.getString("evidence_text"));
        evidence.put("start", rs.getInt("evidence_start"));
        evidence.put("end", rs.getInt("evidence_end"));
        p.put("evidence", evidence);
        p.put("known_from", Rows.date(rs, "known_from"));
        return new Feature(Long.toString(rs.getLong("id")), Rows.point(rs, "lon", "lat"), p);
    }
}
