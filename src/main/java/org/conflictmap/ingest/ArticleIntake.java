package org.conflictmap.ingest;

import java.time.Clock;
import java.time.Duration;

import org.conflictmap.system.RetryLaterException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The single write path for articles: stores a submission once (same url or same normalized text
 * returns the stored one) in status {@code queued}, and wakes this instance's workers. Processing
 * happens later, on a worker ({@link IngestWorkers}); {@link ArticleCompletion} waits for it. While
 * {@code conflictmap.ingest.max-queued} articles wait, new ones are refused with
 * {@link RetryLaterException} (503) and nothing is stored; the bound is checked before the insert,
 * so concurrent submissions may pass it by a few. Thread-safe.
 */
@Service
public class ArticleIntake {

    /** What a refused client is told to wait before trying again. */
    static final Duration QUEUE_FULL_RETRY = Duration.ofSeconds(5);

    private final ArticleRepository articles;
    private final ArticleQueue queue;
    private final IngestWorkers workers;
    private final Clock clock;
    private final int maxQueued;

    ArticleIntake(ArticleRepository articles, ArticleQueue queue, IngestWorkers workers, Clock clock,
                  QueueProperties properties) {
        this.articles = articles;
        this.queue = queue;
        this.workers = workers;
        this.clock = clock;
        this.maxQueued = properties.maxQueued();
    }

    /**
     * Stores the submission unless it is already stored.
     *
     * @throws RetryLaterException when the queue is full
     */
    public IntakeResult submit(ArticleSubmission submission) {
        var existing = articles.findDuplicate(submission);
        if (existing.isPresent()) {
            return new IntakeResult(existing.get(), false);
        }
        if (queue.queued() >= maxQueued) {
            throw new RetryLaterException(HttpStatus.SERVICE_UNAVAILABLE, "Queue full", "There are already "
                    + maxQueued + " articles waiting to be processed; try again later.", QUEUE_FULL_RETRY);
        }
        Article stored;
        try {
            stored = articles.insert(submission, clock.instant());
        } catch (DuplicateKeyException raced) {
            // A concurrent submission of the same article committed between our check and insert.
            return new IntakeResult(articles.findDuplicate(submission).orElseThrow(() -> raced), false);
        }
        workers.wake();
        return new IntakeResult(stored, true);
    }
}
