package org.conflictmap.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Articles in the store (H2GIS or PostGIS: the SQL is common to both). Thread-safe.
 * Uniqueness of url and text fingerprint is enforced by the database, so concurrent duplicate
 * submissions cannot both be stored.
 */
@Repository
public class ArticleRepository {

    private static final String COLUMNS = "id, title, source, url, published, published_at, body, status, "
            + "failure_reason, received_at, processed_at";

    private final JdbcClient jdbc;

    public ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new article with status {@code queued}.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the url or text is already stored
     */
    public Article insert(ArticleSubmission submission, Instant receivedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO article (title, source, url, published, published_at, body, text_hash, status, "
                        + "received_at) VALUES (:title, :source, :url, :published, :publishedAt, :body, :hash, "
                        + ":status, :receivedAt)")
                .param("title", submission.title())
                .param("source", submission.source())
                .param("url", submission.url())
                .param("published", submission.published())
                .param("publishedAt", submission.publishedAt())
                .param("body", submission.text())
                .param("hash", TextFingerprint.of(submission.text()))
                .param("status", ArticleStatus.QUEUED.id())
                .param("receivedAt", utc(receivedAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return findById(id).orElseThrow();
    }

    public Optional<Article> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = :id")
                .param("id", id).query(ArticleRepository::map).optional();
    }

    /** The stored article with the same url, or else with the same normalized text. */
    public Optional<Article> findDuplicate(ArticleSubmission submission) {
        if (submission.url() != null) {
            Optional<Article> byUrl = jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE url = :url")
                    .param("url", submission.url()).query(ArticleRepository::map).optional();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE text_hash = :hash")
                .param("hash", TextFingerprint.of(submission.text())).query(ArticleRepository::map).optional();
    }

    /** A page of articles, newest publication first, ties by id. */
    public List<Article> page(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article ORDER BY published DESC, id DESC "
                        + "OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset).param("limit", limit).query(ArticleRepository::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    /** Records that the article was processed; in the transaction of the stages' writes. */
    public void markDone(long id, Instant at) {
        jdbc.sql("UPDATE article SET status = 'done', failure_reason = NULL, processed_at = :at, lease_until = NULL "
                        + "WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Article map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime processed = rs.getObject("processed_at", OffsetDateTime.class);
        return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("source"), rs.getString("url"),
                rs.getObject("published", java.time.LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("body"),
                ArticleStatus.fromId(rs.getString("status")), rs.getString("failure_reason"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                processed == null ? null : processed.toInstant());
    }
}
