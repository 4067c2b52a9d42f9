package org.conflictmap.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.ingest.*}: the durable ingest queue (the article rows are its jobs).
 *
 * @param workers     processing threads of this instance; 0 makes an instance that only accepts
 *                    articles and leaves processing to other instances
 * @param maxQueued   submissions are refused with 503 while this many articles wait in the queue
 * @param maxAttempts claims of one article before it is marked failed (a failed attempt, or a
 *                    worker that stopped mid-way, counts as one)
 * @param lease       how long a claim is held before another worker may take the article again;
 *                    a live worker holds the article's row lock while it works, so a lease shorter
 *                    than the processing time is still safe
 * @param poll        how often an idle worker looks for work that other instances queued
 * @param maxWait     the longest a submitting client may ask to wait for processing
 *                    ({@code ?wait=true} or {@code Prefer: wait=N})
 * @param instanceId  this instance's name in {@code claimed_by}; empty means host name and process id
 */
@ConfigurationProperties("conflictmap.ingest")
public record QueueProperties(int workers, int maxQueued, int maxAttempts, Duration lease, Duration poll,
                              Duration maxWait, String instanceId) {

    public QueueProperties {
        if (workers < 0 || maxQueued < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("conflictmap.ingest.workers must be at least 0, max-queued and max-attempts at least 1");
        }
    }
}
