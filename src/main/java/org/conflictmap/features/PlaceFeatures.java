package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code places}: the gazetteer entries some article mentions, with how often they are mentioned. */
@Component
class PlaceFeatures implements CollectionSource {

    static final String ID = "places";

    private static final String SELECT = "SELECT p.id, p.geonameid, p.name, p.kind, p.feature_code, p.country, "
            + "p.lon, p.lat, m.mentions ";
    private static final String FROM = "FROM place p JOIN (SELECT place_id, COUNT(*) AS mentions FROM mention "
            + "GROUP BY place_id) m ON m.place_id = p.id";

    private final JdbcClient jdbc;
    private final Queryables queryables = new Queryables(ID, properties(), Point.class);

    PlaceFeatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, Class<?>> properties() {
        Map<String, Class<?>> p = new LinkedHashMap<>();
        p.put("name", String.class);
        p.put("kind", String.class);
        p.put("feature_code", String.class);
        p.put("country", String.class);
        p.put("geonameid", Long.class);
        p.put("mentions", Long.class);
        return p;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public Queryables queryables() {
        return queryables;
    }

    @Override
    public FeaturePage items(FeatureQuery query) {
        SqlWhere where = new SqlWhere().bbox("p.geom", query.bbox());
        return new PagedSqlQuery(jdbc).page(SELECT + FROM, FROM, where, "p.id", query, PlaceFeatures::map);
    }

    @Override
    public Optional<Feature> item(String featureId, FeatureQuery query) {
        if (featureId.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + FROM + " WHERE p.id = :id").param("id", featureId)
                .query(PlaceFeatures::map).optional();
    }

    @Override
    public Extent extent() {
        return jdbc.sql("SELECT MIN(p.lon) AS x1, MIN(p.lat) AS y1, MAX(p.lon) AS x2, MAX(p.lat) AS y2, "
                + "MIN(a.published) AS d1, MAX(a.published) AS d2 FROM place p JOIN mention m ON m.place_id = p.id "
                + "JOIN article a ON a.id = m.article_id").query(Extents::map).single();
    }

    static Feature map(ResultSet rs, int row) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", rs.getString("name"));
        p.put("kind", rs.getString("kind"));
        p.put("feature_code", rs.getString("feature_code"));
        p.put("country", rs.getString("country"));
        long geonameid = rs.getLong("geonameid");
        p.put("geonameid", rs.wasNull() ? null : geonameid);
        p.put("mentions", rs.getLong("mentions"));
        return new Feature(rs.getString("id"), Rows.point(rs, "lon", "lat"), p);
    }
}
