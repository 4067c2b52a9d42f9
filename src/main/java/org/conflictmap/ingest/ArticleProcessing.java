package org.conflictmap.ingest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.conflictmap.persistence.StoreChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the pipeline stages on one stored article and records the outcome: {@code done} when every
 * stage succeeded (their writes committed together with the status), {@code failed} with the reason
 * otherwise (their writes rolled back). Claiming the article first ({@code queued -> processing})
 * makes sure two workers never process the same article. After a commit it publishes
 * {@link StoreChanged}, so caches of derived data are refreshed.
 */
@Service
public class ArticleProcessing {

    private static final Logger log = LoggerFactory.getLogger(ArticleProcessing.class);

    private final ArticleRepository articles;
    private final List<ArticleProcessor> stages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ArticleProcessing(ArticleRepository articles, List<ArticleProcessor> stages,
                             TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
        this.articles = articles;
        this.stages = List.copyOf(stages);
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Processes a queued article.
     *
     * @return the article as stored afterwards, or empty when another worker had already claimed it
     */
    public Optional<Article> process(long articleId) {
        if (!articles.transition(articleId, ArticleStatus.QUEUED, ArticleStatus.PROCESSING)) {
            return Optional.empty();
        }
        Article article = articles.findById(articleId).orElseThrow();
        try {
            transaction.executeWithoutResult(status -> {
                stages.forEach(stage -> stage.process(article));
                articles.markDone(articleId, clock.instant());
            });
            events.publishEvent(new StoreChanged("article " + articleId + " processed"));
        } catch (RuntimeException e) {
            log.warn("article {} failed: {}", articleId, e.toString());
            articles.markFailed(articleId, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
        return articles.findById(articleId);
    }

    /** Puts articles left in {@code processing} by an interrupted run back in the queue, then processes all queued. */
    public int resumeUnfinished() {
        List<Long> ids = articles.unfinishedIds();
        ids.forEach(id -> articles.transition(id, ArticleStatus.PROCESSING, ArticleStatus.QUEUED));
        ids.forEach(this::process);
        return ids.size();
    }
}
