package org.conflictmap.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only audit trail: rows are only ever inserted. */
@Repository
class RevisionRepository {

    static final String EVENT = "event";
    static final String CONTEST = "contest";

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long append(String subject, long subjectId, String action, String author, Instant at, String reason,
                String before, String after) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO revision (subject, subject_id, action, author, created_at, reason, before_state, "
                        + "after_state) VALUES (:subject, :subjectId, :action, :author, :at, :reason, :before, :after)")
                .param("subject", subject).param("subjectId", subjectId).param("action", action)
                .param("author", author).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("reason", reason).param("before", before).param("after", after)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Revision> history(String subject, long subjectId) {
        return jdbc.sql("SELECT * FROM revision WHERE subject = :subject AND subject_id = :id ORDER BY id")
                .param("subject", subject).param("id", subjectId).query(RevisionRepository::map).list();
    }

    Optional<Revision> find(long id) {
        return jdbc.sql("SELECT * FROM revision WHERE id = :id").param("id", id).query(RevisionRepository::map).optional();
    }

    private static Revision map(ResultSet rs, int row) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getString("subject"), rs.getLong("subject_id"), rs.getString("action"),
                rs.getString("author"), rs.getTimestamp("created_at").toInstant(), rs.getString("reason"),
                rs.getString("before_state"), rs.getString("after_state"));
    }
}
