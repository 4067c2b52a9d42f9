package org.conflictmap.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.conflictmap.persistence.StoreChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the pipeline stages on one claimed article. The stages' writes and the {@code done} status
 * commit in one transaction, which first locks the article and checks the claim is still the
 * caller's: a crash leaves either all of an article's results or none, and an article is never
 * processed to completion twice. A failed attempt rolls back and goes back to the queue with a
 * growing delay, until {@code conflictmap.ingest.max-attempts} attempts have been made; then the
 * article is {@code failed} with the reason. After a commit it publishes {@link StoreChanged}, so
 * caches of derived data are refreshed. Thread-safe.
 */
@Service
public class ArticleProcessing {

    /** What became of a claimed article. */
    public enum Outcome { DONE, RETRY, FAILED, LOST }

    private static final Logger log = LoggerFactory.getLogger(ArticleProcessing.class);

    private final ArticleRepository articles;
    private final ArticleQueue queue;
    private final List<ArticleProcessor> stages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;
    private final ApplicationEventPublisher events;

    public ArticleProcessing(ArticleRepository articles, ArticleQueue queue, List<ArticleProcessor> stages,
                             TransactionTemplate transaction, Clock clock, QueueProperties properties,
                             ApplicationEventPublisher events) {
        this.articles = articles;
        this.queue = queue;
        this.stages = List.copyOf(stages);
        this.transaction = transaction;
        this.clock = clock;
        this.maxAttempts = properties.maxAttempts();
        this.events = events;
    }

    /** Processes an article that {@code worker} has claimed. */
    public Outcome process(ArticleQueue.Claim claim, String worker) {
        long id = claim.articleId();
        if (claim.attempt() > maxAttempts) {
            // earlier attempts ended without a word: the process running them stopped (crash, kill)
            queue.fail(id, worker, "gave up after " + maxAttempts + " attempts that did not finish", clock.instant());
            return Outcome.FAILED;
        }
        Article article = articles.findById(id).orElseThrow();
        try {
            Boolean held = transaction.execute(status -> {
                if (!queue.holdClaim(id, worker)) {
                    return false;
                }
                stages.forEach(stage -> stage.process(article));
                articles.markDone(id, clock.instant());
                return true;
            });
            if (!Boolean.TRUE.equals(held)) {
                log.info("article {}: the claim of {} ran out and another worker took the article over", id, worker);
                return Outcome.LOST;
            }
            events.publishEvent(new StoreChanged("article " + id + " processed"));
            return Outcome.DONE;
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("article {} attempt {} failed: {}", id, claim.attempt(), reason);
            if (claim.attempt() >= maxAttempts) {
                queue.fail(id, worker, reason, clock.instant());
                return Outcome.FAILED;
            }
            queue.retryLater(id, worker, reason, clock.instant().plus(backoff(claim.attempt())));
            return Outcome.RETRY;
        }
    }

    /** 2 s after the first failed attempt, doubling, at most 5 minutes. */
    static Duration backoff(int attempt) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempt, 9)));
    }
}
