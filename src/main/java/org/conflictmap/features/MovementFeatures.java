package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.LineString;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code movements}: force movements as lines from origin to target. {@code datetime} selects by
 * date, {@code faction} by actor, {@code known_at} by the day the movement became known.
 */
@Component
class MovementFeatures implements CollectionSource {

    static final String ID = "movements";

    private static final String SELECT = "SELECT m.id, m.actor, m.event_date, m.date_precision, m.derivation, "
            + "m.event_id, m.known_from, o.id AS origin_id, o.name AS origin_name, t.id AS target_id, "
            + "t.name AS target_name, ST_AsBinary(m.geom) AS wkb ";
    private static final String FROM = "FROM movement m JOIN place t ON t.id = m.target_place_id "
            + "LEFT JOIN place o ON o.id = m.origin_place_id";

    private final JdbcClient jdbc;
    private final Queryables queryables = new Queryables(ID, properties(), LineString.class);

    MovementFeatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, Class<?>> properties() {
        Map<String, Class<?>> p = new LinkedHashMap<>();
        p.put("actor", String.class);
        p.put("date", String.class);
        p.put("date_precision", String.class);
        p.put("derivation", String.class);
        p.put("event_id", Long.class);
        p.put("known_from", String.class);
        return p;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> parameters() {
        return Set.of(Ogc.P_DATETIME, Ogc.P_FACTION, Ogc.P_KNOWN_AT);
    }

    @Override
    public Queryables queryables() {
        return queryables;
    }

    @Override
    public FeaturePage items(FeatureQuery query) {
        SqlWhere where = new SqlWhere().dates("m.event_date", query.datetime()).bbox("m.geom", query.bbox())
                .in("m.actor", "factions", query.factions());
        if (query.knownAt() != null) {
            where.add("m.known_from <= :knownAt", "knownAt", query.knownAt());
        }
        return new PagedSqlQuery(jdbc).page(SELECT + FROM, FROM, where, "m.id", query, MovementFeatures::map);
    }

    @Override
    public Optional<Feature> item(String featureId, FeatureQuery query) {
        return FeatureIds.number(featureId).flatMap(id -> jdbc.sql(SELECT + FROM + " WHERE m.id = :id")
                .param("id", id).query(MovementFeatures::map).optional());
    }

    @Override
    public Extent extent() {
        return jdbc.sql("SELECT MIN(ST_XMin(geom)) AS x1, MIN(ST_YMin(geom)) AS y1, MAX(ST_XMax(geom)) AS x2, "
                + "MAX(ST_YMax(geom)) AS y2, MIN(event_date) AS d1, MAX(event_date) AS d2 FROM movement")
                .query(Extents::map).single();
    }

    static Feature map(ResultSet rs, int row) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("actor", rs.getString("actor"));
        p.put("date", Rows.date(rs, "event_date"));
        p.put("date_precision", rs.getString("date_precision"));
        p.put("derivation", rs.getString("derivation"));
        p.put("origin", Rows.place(rs, "origin_id", "origin_name"));
        p.put("target", Rows.place(rs, "target_id", "target_name"));
        p.put("event_id", rs.getLong("event_id"));
        p.put("known_from", Rows.date(rs, "known_from"));
        return new Feature(Long.toString(rs.getLong("id")), Rows.wkb(rs, "wkb"), p);
    }
}
