package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a collection's SELECT for one page. Without a {@code filter} the store pages and counts
 * ({@code ORDER BY} the id, {@code OFFSET .. FETCH}). With one, the store applies every other parameter
 * and streams the rows in id order while the filter is evaluated in memory; only the requested page is
 * kept, so memory stays bounded by the page size while the count stays exact.
 */
final class PagedSqlQuery {

    private final JdbcClient jdbc;

    PagedSqlQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param select  {@code SELECT ... FROM ...} without WHERE
     * @param from    {@code FROM ...} part for the count (same joins as {@code select} needs to filter)
     * @param orderBy the unique ordering column
     */
    FeaturePage page(String select, String from, SqlWhere where, String orderBy, FeatureQuery query,
                     RowMapper<Feature> mapper) {
        if (query.filter() == null) {
            List<Feature> features = jdbc.sql(select + where.sql() + " ORDER BY " + orderBy
                            + " OFFSET :pageOffset ROWS FETCH NEXT :pageLimit ROWS ONLY")
                    .params(where.params()).param("pageOffset", query.offset()).param("pageLimit", query.limit())
                    .query(mapper).list();
            long matched = jdbc.sql("SELECT COUNT(*) " + from + where.sql()).params(where.params())
                    .query(Long.class).single();
            return new FeaturePage(features, matched);
        }
        List<Feature> features = new ArrayList<>();
        long[] matched = {0};
        int[] row = {0};
        jdbc.sql(select + where.sql() + " ORDER BY " + orderBy).params(where.params())
                .query((ResultSet rs) -> keep(mapper.mapRow(rs, row[0]++), query, features, matched));
        return new FeaturePage(features, matched[0]);
    }

    private static void keep(Feature feature, FeatureQuery query, List<Feature> page, long[] matched)
            throws SQLException {
        if (query.filter().test(feature)) {
            if (matched[0] >= query.offset() && page.size() < query.limit()) {
                page.add(feature);
            }
            matched[0]++;
        }
    }
}
