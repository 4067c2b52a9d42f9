package org.conflictmap.features;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.conflictmap.persistence.StoreChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which version of the derived data the feeds serve, the key every feed cache is built on, and when
 * it last changed ({@code Last-Modified}). Two sources: {@link StoreChanged} events from writers in
 * this process, seen at once; and a fingerprint of the store (rows and largest id of
 * {@code control_interval}; last article change, which also covers the events stored with an
 * article; last analyst edit in the append-only {@code revision} trail) read at most every
 * {@code conflictmap.features.version-poll-millis}, so changes made by another process sharing the
 * store are seen soon after that time. Thread-safe; requests never wait for a poll except the very
 * first (or every one when the interval is 0): a stale value is refreshed in the background.
 */
@Component
class StoreVersion {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long pollNanos;
    private final AtomicLong changes = new AtomicLong();
    private volatile Instant changedAt = Instant.EPOCH;
    private volatile Polled polled;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    StoreVersion(JdbcClient jdbc, Clock clock, FeaturesProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pollNanos = Math.max(0, properties.versionPollMillis()) * 1_000_000L;
    }

    private record Polled(String fingerprint, Instant articleChange, long readAt) {
    }

    /** Forgets everything read: the next {@link #current()} differs from every earlier one. */
    // after the writer's commit (or at once when published outside a transaction): a cache refilled
    // before the commit would keep the old state under the new version
    @TransactionalEventListener(fallbackExecution = true)
    void storeChanged(StoreChanged event) {
        changes.incrementAndGet();
        changedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        polled = null;
    }

    /** An opaque token that differs whenever the served data may have changed. */
    String current() {
        return changes.get() + "/" + poll().fingerprint();
    }

    /** The last change to the derived data known to this process, to the second. */
    Instant lastModified() {
        Instant articles = poll().articleChange();
        Instant announced = changedAt;
        return announced.isAfter(articles) ? announced : articles;
    }

    private Polled poll() {
        long now = System.nanoTime();
        Polled last = polled;
        if (last != null && now - last.readAt() < pollNanos) {
            return last;
        }
        if (last == null || pollNanos == 0) {
            return read(now);
        }
        // stale: one thread refreshes in the background; requests keep the last value meanwhile,
        // so no request waits for the store and a slow store never sees a herd of identical polls
        if (refreshing.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    read(System.nanoTime());
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return last;
    }

    private Polled read(long now) {
        String fingerprint = jdbc.sql("SELECT COUNT(*) AS n, MAX(id) AS last_id, "
                        + "(SELECT MAX(id) FROM revision) AS last_revision FROM control_interval")
                .query((rs, row) -> rs.getLong("n") + ":" + rs.getLong("last_id") + ":"
                        + rs.getLong("last_revision")).single();
        Instant articleChange = lastArticleChange();
        // the article change is part of it: another process storing an article's events may change
        // no control interval
        Polled read = new Polled(fingerprint + ":" + articleChange.toEpochMilli(), articleChange, now);
        polled = read;
        return read;
    }

    private Instant lastArticleChange() {
        List<OffsetDateTime> last = jdbc.sql("SELECT MAX(CASE WHEN processed_at IS NULL OR processed_at < "
                        + "received_at THEN received_at ELSE processed_at END) FROM article")
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).list();
        return last.isEmpty() || last.get(0) == null ? Instant.EPOCH
                : last.get(0).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
