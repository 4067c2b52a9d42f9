package org.conflictmap.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Named tokens, stored as SHA-256 hashes. Revoked tokens stay listed but no longer authenticate. */
@Repository
class AccessTokenRepository {

    /** Who a valid token stands for. */
    record Holder(String name, Role role) {
    }

    private static final String COLUMNS = "id, name, role, created_at, created_by, revoked_at, revoked_by";

    private final JdbcClient jdbc;

    AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, Role role, String hash, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO access_token (name, role, token_hash, created_at, created_by) "
                        + "VALUES (:name, :role, :hash, :at, :by)")
                .param("name", name).param("role", role.id()).param("hash", hash)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM access_token WHERE LOWER(name) = LOWER(:name)").param("name", name)
                .query(Long.class).single() > 0;
    }

    Optional<Holder> findValid(String hash) {
        return jdbc.sql("SELECT name, role FROM access_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash)
                .query((rs, row) -> new Holder(rs.getString("name"), Role.fromId(rs.getString("role")).orElseThrow()))
                .optional();
    }

    List<AccessToken> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_token ORDER BY id").query(AccessTokenRepository::map).list();
    }

    Optional<AccessToken> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_token WHERE id = :id").param("id", id)
                .query(AccessTokenRepository::map).optional();
    }

    /** Revokes the token unless it already is; returns whether this call revoked it. */
    boolean revoke(long id, Instant at, String by) {
        return jdbc.sql("UPDATE access_token SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by).param("id", id)
                .update() == 1;
    }

    private static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(rs.getLong("id"), rs.getString("name"), rs.getString("role"),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
                instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
