package org.conflictmap.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest queue kept in the article table, shared by every instance on one store. Claims use
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x both have it), so concurrent
 * workers never claim the same article and never wait for each other. Thread-safe.
 */
@Repository
public class ArticleQueue {

    private static final String LEASE_RAN_OUT = "status = 'processing' AND lease_until < :now";
    private static final String DUE = "status = 'queued' AND (available_at IS NULL OR available_at <= :now)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public ArticleQueue(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** A claim: the article and which attempt this is (1 for the first). */
    public record Claim(long articleId, int attempt) {
    }

    /**
     * Claims, for {@code worker} until {@code now + lease}, the oldest article whose claim's lease ran
     * out or, when there is none, the oldest article that is queued and due; commits before returning.
     * Each of the two reads only rows of its status, through the status index: H2, which has no
     * partial index, answered one query with both conditions by walking the whole article table in
     * id order, on every poll of every idle worker.
     */
    public Optional<Claim> claim(String worker, Instant now, Duration lease) {
        return transaction.execute(status -> {
            Optional<Claim> next = oldest(LEASE_RAN_OUT, now).or(() -> oldest(DUE, now));
            next.ifPresent(c -> jdbc.sql("UPDATE article SET status = 'processing', claimed_by = :worker, "
                            + "lease_until = :lease, attempts = :attempt WHERE id = :id")
                    .param("worker", worker).param("lease", utc(now.plus(lease))).param("attempt", c.attempt())
                    .param("id", c.articleId()).update());
            return next;
        });
    }

    private Optional<Claim> oldest(String condition, Instant now) {
        return jdbc.sql("SELECT id, attempts FROM article WHERE " + condition
                        + " ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param("now", utc(now))
                .query((rs, n) -> new Claim(rs.getLong("id"), rs.getInt("attempts") + 1)).optional();
    }

    /**
     * Within the caller's transaction, locks the article if it is still claimed by {@code worker}.
     * The lock is held until that transaction ends, so no other worker can take the article over
     * meanwhile, whatever its lease says.
     *
     * @return false when the claim was lost (another worker took the article after the lease ran out)
     */
    public boolean holdClaim(long articleId, String worker) {
        // Waits for the lock rather than skipping: a claim scan of another worker may hold it for a
        // moment (PostgreSQL keeps the lock on a row that failed its re-check until that claim commits).
        return jdbc.sql("SELECT id FROM article WHERE id = :id AND status = 'processing' AND claimed_by = :worker "
                        + "FOR UPDATE")
                .param("id", articleId).param("worker", worker).query(Long.class).optional().isPresent();
    }

    /** Puts a claimed article back in the queue, due at {@code dueAt}, keeping why the attempt failed. */
    public boolean retryLater(long articleId, String worker, String reason, Instant dueAt) {
        return jdbc.sql("UPDATE article SET status = 'queued', failure_reason = :reason, available_at = :due, "
                        + "lease_until = NULL WHERE id = :id AND status = 'processing' AND claimed_by = :worker")
                .param("reason", bounded(reason)).param("due", utc(dueAt)).param("id", articleId)
                .param("worker", worker).update() == 1;
    }

    /** Marks a claimed article failed for good. */
    public boolean fail(long articleId, String worker, String reason, Instant at) {
        return jdbc.sql("UPDATE article SET status = 'failed', failure_reason = :reason, processed_at = :at, "
                        + "lease_until = NULL WHERE id = :id AND status = 'processing' AND claimed_by = :worker")
                .param("reason", bounded(reason)).param("at", utc(at)).param("id", articleId)
                .param("worker", worker).update() == 1;
    }

    /** How many articles wait in the queue (due or not). */
    public long queued() {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'queued'").query(Long.class).single();
    }

    /**
     * Returns every claimed article to the queue at once, without waiting for leases. Only right for
     * a store that a single process can open (embedded H2), where at start-up no claim can be alive.
     */
    public int releaseAllClaims() {
        return jdbc.sql("UPDATE article SET status = 'queued', lease_until = NULL WHERE status = 'processing'").update();
    }

    private static String bounded(String reason) {
        return reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
