package org.conflictmap.ingest;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Lets a caller wait, for a bounded time, until a queued article is processed. Workers of this
 * instance announce each finished article at once; articles that other instances process are
 * seen by looking at the store again every 200 ms. Thread-safe.
 */
@Component
public class ArticleCompletion {

    private static final Duration RECHECK = Duration.ofMillis(200);

    private final ArticleRepository articles;
    private final Doorbell finished = new Doorbell();

    public ArticleCompletion(ArticleRepository articles) {
        this.articles = articles;
    }

    void announce() {
        finished.ring();
    }

    /**
     * The article once it is {@code done} or {@code failed}, or as it stands when the timeout
     * passes (or the waiting thread is interrupted); empty when there is no such article.
     */
    public Optional<Article> await(long articleId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long ticket = finished.ticket();
            Optional<Article> article = articles.findById(articleId);
            long left = deadline - System.nanoTime();
            if (article.isEmpty() || isFinished(article.get().status()) || left <= 0) {
                return article;
            }
            try {
                finished.awaitAfter(ticket, Duration.ofNanos(Math.min(left, RECHECK.toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return articles.findById(articleId);
            }
        }
    }

    static boolean isFinished(ArticleStatus status) {
        return status == ArticleStatus.DONE || status == ArticleStatus.FAILED;
    }
}
