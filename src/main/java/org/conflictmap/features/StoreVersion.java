package org.conflictmap.features;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
 * this process, seen at once; and a fingerprint of the store read at most every
 * {@code conflictmap.features.version-poll-millis}, so changes made by another process sharing the
 * store are seen soon after that time. The fingerprint is the largest id of {@code control_interval},
 * the last article received or processed (which covers the events, claims and intervals written with
 * an article) and the last analyst edit in the append-only {@code revision} trail. Intervals are only
 * ever rewritten or removed by processing an article or by an analyst edit, so a removal without a
 * new interval still moves one of the other two. Thread-safe; requests never wait for a poll except
 * the very first (or every one when the interval is 0): a stale value is refreshed in the background.
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
        // each maximum is one lookup in an index (V8); no count or scan, as this runs every poll
        Polled read = jdbc.sql("SELECT (SELECT MAX(id) FROM control_interval) AS last_interval, "
                        + "(SELECT MAX(id) FROM revision) AS last_revision, "
                        + "(SELECT MAX(received_at) FROM article) AS last_received, "
                        + "(SELECT MAX(processed_at) FROM article) AS last_processed")
                .query((rs, row) -> {
                    Instant articleChange = later(rs.getObject("last_received", OffsetDateTime.class),
                            rs.getObject("last_processed", OffsetDateTime.class));
                    return new Polled(rs.getLong("last_interval") + ":" + rs.getLong("last_revision") + ":"
                            + articleChange, articleChange.truncatedTo(ChronoUnit.SECONDS), now);
                }).single();
        polled = read;
        return read;
    }

    private static Instant later(OffsetDateTime a, OffsetDateTime b) {
        Instant x = a == null ? Instant.EPOCH : a.toInstant();
        Instant y = b == null ? Instant.EPOCH : b.toInstant();
        return x.isAfter(y) ? x : y;
    }
}
