package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Control on a day from the stored {@code control_interval} rows: intervals with
 * {@code valid_from <= day < valid_to} (an open {@code valid_to} lasts). When intervals of one place
 * overlap, the one that started last wins (then the more confident, then the later id). It cannot
 * answer {@code known_at}: the stored intervals were derived from all events, and dropping the
 * intervals with late sources would not restore the intervals that late events closed or replaced.
 */
@Component
class JdbcControlSnapshots implements ControlSnapshots {

    private static final String SQL = "SELECT * FROM (SELECT c.id, c.place_id, p.name AS place_name, "
            + "ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat, c.controller, c.valid_from, c.valid_to, c.contested, "
            + "c.confidence, c.sources, ROW_NUMBER() OVER (PARTITION BY c.place_id "
            + "ORDER BY c.valid_from DESC, c.confidence DESC, c.id DESC) AS rank_in_place "
            + "FROM control_interval c JOIN place p ON p.id = c.place_id "
            + "WHERE c.valid_from <= :day AND (c.valid_to IS NULL OR c.valid_to > :day)) t "
            + "WHERE rank_in_place = 1 ORDER BY id";

    private final JdbcClient jdbc;

    JdbcControlSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ControlPoint> on(LocalDate day, LocalDate knownAt) {
        if (knownAt != null) {
            throw new UnsupportedOperationException("the stored control timeline has no known_at view");
        }
        return jdbc.sql(SQL).param("day", day).query(JdbcControlSnapshots::map).list();
    }

    /** Maps a row with the columns of {@link #SQL}'s inner SELECT. */
    static ControlPoint map(ResultSet rs, int row) throws SQLException {
        return new ControlPoint(rs.getLong("id"), rs.getString("place_id"), rs.getString("place_name"),
                rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("controller"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getBoolean("contested"), rs.getDouble("confidence"), rs.getString("sources"));
    }

    @Override
    public boolean supportsKnownAt() {
        return false;
    }
}
