package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.conflictmap.persistence.StoreChanged;
import org.conflictmap.persistence.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ArticleProcessingTests {

    static final Duration LEASE = Duration.ofSeconds(60);
    static final String WORKER = "test/1";

    @TempDir
    Path dir;

    DataSource store;
    ArticleRepository articles;
    ArticleQueue queue;
    JdbcClient jdbc;
    final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final List<Object> published = new ArrayList<>();

    @BeforeEach
    void openStore() {
        store = TestStores.h2(dir);
        jdbc = JdbcClient.create(store);
        articles = new ArticleRepository(jdbc);
        queue = new ArticleQueue(jdbc, transaction());
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(new DataSourceTransactionManager(store));
    }

    private ArticleProcessing processing(int maxAttempts, ArticleProcessor... stages) {
        return new ArticleProcessing(articles, queue, List.of(stages), transaction(), clock,
                new QueueProperties(1, 100, maxAttempts, LEASE, Duration.ofSeconds(1), Duration.ofSeconds(5), WORKER),
                published::add);
    }

    private Article stored(String text) {
        return articles.insert(ArticleRepositoryContract.submission(null, text), clock.instant());
    }

    private ArticleProcessing.Outcome claimAndProcess(ArticleProcessing processing) {
        return processing.process(queue.claim(WORKER, clock.instant(), LEASE).orElseThrow(), WORKER);
    }

    @Test
    void marksAnArticleDoneWhenEveryStageSucceeds() {
        Article article = stored("All quiet.");

        assertThat(claimAndProcess(processing(3, a -> { }))).isEqualTo(ArticleProcessing.Outcome.DONE);

        Article done = articles.findById(article.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ArticleStatus.DONE);
        assertThat(done.processedAt()).isEqualTo(clock.instant());
    }

    @Test
    void announcesTheStoreChangeOnlyAfterACommit() {
        Article good = stored("All quiet again.");
        Article bad = stored("Broken.");

        claimAndProcess(processing(1, a -> { }));
        claimAndProcess(processing(1, a -> {
            throw new IllegalStateException("stage broke");
        }));

        assertThat(articles.findById(bad.id()).orElseThrow().status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(published).containsExactly(new StoreChanged("article " + good.id() + " processed"));
    }

    @Test
    void rollsBackEveryStageWriteWhenALaterStageFails() {
        Article article = stored("Half done.");
        ArticleProcessor writes = a -> jdbc.sql("UPDATE article SET title = 'changed by stage' WHERE id = :id")
                .param("id", a.id()).update();
        ArticleProcessor breaks = a -> {
            throw new IllegalStateException("gazetteer unavailable");
        };

        assertThat(claimAndProcess(processing(1, writes, breaks))).isEqualTo(ArticleProcessing.Outcome.FAILED);

        Article failed = articles.findById(article.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(failed.failureReason()).contains("gazetteer unavailable");
        assertThat(failed.title()).isEqualTo("Bridge reopened");
    }

    @Test
    void retriesAFailedAttemptAfterABackOffThenSucceeds() {
        Article article = stored("Second time lucky.");
        AtomicInteger runs = new AtomicInteger();
        ArticleProcessing processing = processing(3, a -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("store hiccup");
            }
        });

        assertThat(claimAndProcess(processing)).isEqualTo(ArticleProcessing.Outcome.RETRY);
        assertThat(articles.findById(article.id()).orElseThrow().status()).isEqualTo(ArticleStatus.QUEUED);
        assertThat(queue.claim(WORKER, clock.instant(), LEASE)).isEmpty();

        clock.advance(ArticleProcessing.backoff(1));
        assertThat(claimAndProcess(processing)).isEqualTo(ArticleProcessing.Outcome.DONE);
        assertThat(articles.findById(article.id()).orElseThrow().failureReason()).isNull();
        assertThat(runs).hasValue(2);
    }

    @Test
    void marksFailedWithTheLastReasonWhenEveryAttemptFails() {
        Article article = stored("Never works.");
        ArticleProcessing processing = processing(2, a -> {
            throw new IllegalArgumentException("unreadable date");
        });

        assertThat(claimAndProcess(processing)).isEqualTo(ArticleProcessing.Outcome.RETRY);
        clock.advance(ArticleProcessing.backoff(1));
        assertThat(claimAndProcess(processing)).isEqualTo(ArticleProcessing.Outcome.FAILED);

        assertThat(articles.findById(article.id()).orElseThrow().failureReason()).contains("unreadable date");
    }

    @Test
    void givesUpOnAnArticleWhoseWorkersKeptDying() {
        Article article = stored("Crashes the worker.");
        AtomicInteger runs = new AtomicInteger();
        ArticleProcessing processing = processing(2, a -> runs.incrementAndGet());
        queue.claim("dead/1", clock.instant(), LEASE);
        clock.advance(LEASE.plusSeconds(1));
        queue.claim("dead/2", clock.instant(), LEASE);
        clock.advance(LEASE.plusSeconds(1));

        assertThat(claimAndProcess(processing)).isEqualTo(ArticleProcessing.Outcome.FAILED);

        assertThat(runs).hasValue(0);
        assertThat(articles.findById(article.id()).orElseThrow().failureReason()).contains("did not finish");
    }

    @Test
    void neverFinishesAnArticleWhoseClaimWasTakenOver() {
        Article article = stored("Slow worker.");
        AtomicInteger runs = new AtomicInteger();
        ArticleProcessing processing = processing(3, a -> runs.incrementAndGet());
        ArticleQueue.Claim stale = queue.claim(WORKER, clock.instant(), LEASE).orElseThrow();
        clock.advance(LEASE.plusSeconds(1));
        queue.claim("other/1", clock.instant(), LEASE).orElseThrow();

        assertThat(processing.process(stale, WORKER)).isEqualTo(ArticleProcessing.Outcome.LOST);

        assertThat(runs).hasValue(0);
        assertThat(articles.findById(article.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PROCESSING);
    }

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
