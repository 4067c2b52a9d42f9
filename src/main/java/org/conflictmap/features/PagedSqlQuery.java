package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a collection's SELECT for one page. The store applies every parameter and the part of the
 * {@code filter} that {@link SqlFilter} translates. When that is the whole filter (or there is none),
 * the store also pages and counts ({@code ORDER BY} the id, {@code OFFSET .. FETCH}; no count query
 * when the page is short and not empty, since it is then the last one). Otherwise it streams
 * the rows in id order while the rest of the filter is evaluated in memory; only the requested page is
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
                     RowMapper<Feature> mapper, Map<String, SqlColumn> columns) {
        boolean inMemory = false;
        if (query.filter() != null) {
            SqlFilter.Translation translation = SqlFilter.translate(query.filter().filter(), columns);
            if (translation.sql() != null) {
                where.add("(" + translation.sql() + ")", translation.params());
            }
            inMemory = !translation.complete();
        }
        if (!inMemory) {
            List<Feature> features = jdbc.sql(select + where.sql() + " ORDER BY " + orderBy
                            + " OFFSET :pageOffset ROWS FETCH NEXT :pageLimit ROWS ONLY")
                    .params(where.params()).param("pageOffset", query.offset()).param("pageLimit", query.limit())
                    .query(mapper).list();
            if (!features.isEmpty() && features.size() < query.limit()) {
                // a short, non-empty page is the last one: the count is known without a second scan
                return new FeaturePage(features, query.offset() + features.size());
            }
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
