package org.conflictmap.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Analyst contest marks. Withdrawn marks stay stored (for the audit trail) but are no longer in force. */
@Repository
public class ContestMarkRepository implements ContestMarks {

    private static final String SELECT = "SELECT id, place_id, valid_from, valid_to, created_by, reason, created_at, "
            + "withdrawn_at FROM contest_mark ";

    private final JdbcClient jdbc;

    public ContestMarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ContestMark> inForce(Collection<String> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE place_id IN (:places) AND withdrawn_at IS NULL ORDER BY valid_from, id")
                .param("places", List.copyOf(placeIds)).query(ContestMarkRepository::map).list();
    }

    /** Stores a mark and returns it with its id. */
    public ContestMark insert(String placeId, LocalDate from, LocalDate to, String author, String reason, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO contest_mark (place_id, valid_from, valid_to, reason, created_by, created_at) "
                        + "VALUES (:place, :from, :to, :reason, :by, :at)")
                .param("place", placeId).param("from", from).param("to", to).param("reason", reason)
                .param("by", author).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        return new ContestMark(keys.getKey().longValue(), placeId, from, to, author, reason, at);
    }

    /** The mark, and whether it was withdrawn. */
    public Optional<StoredMark> findById(long id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id)
                .query((rs, row) -> new StoredMark(map(rs, row), rs.getTimestamp("withdrawn_at") != null)).optional();
    }

    /** Withdraws ({@code true}) or reinstates ({@code false}) a mark. */
    public void setWithdrawn(long id, boolean withdrawn, Instant at) {
        jdbc.sql("UPDATE contest_mark SET withdrawn_at = :at WHERE id = :id")
                .param("at", withdrawn ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : null).param("id", id).update();
    }

    public List<StoredMark> findByPlace(String placeId) {
        return jdbc.sql(SELECT + "WHERE place_id = :place ORDER BY valid_from, id").param("place", placeId)
                .query((rs, row) -> new StoredMark(map(rs, row), rs.getTimestamp("withdrawn_at") != null)).list();
    }

    /** A stored mark with its state. */
    public record StoredMark(ContestMark mark, boolean withdrawn) {
    }

    private static ContestMark map(ResultSet rs, int row) throws SQLException {
        return new ContestMark(rs.getLong("id"), rs.getString("place_id"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("created_by"), rs.getString("reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
