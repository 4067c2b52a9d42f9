package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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

    @TempDir
    Path dir;

    DataSource store;
    ArticleRepository articles;
    JdbcClient jdbc;
    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    final List<Object> published = new ArrayList<>();

    @BeforeEach
    void openStore() {
        store = TestStores.h2(dir);
        jdbc = JdbcClient.create(store);
        articles = new ArticleRepository(jdbc);
    }

    private ArticleProcessing processing(ArticleProcessor... stages) {
        return new ArticleProcessing(articles, List.of(stages),
                new TransactionTemplate(new DataSourceTransactionManager(store)), clock, published::add);
    }

    private Article stored(String text) {
        return articles.insert(ArticleRepositoryContract.submission(null, text), clock.instant());
    }

    @Test
    void marksAnArticleDoneWhenEveryStageSucceeds() {
        Article article = stored("All quiet.");

        Article done = processing(a -> { }).process(article.id()).orElseThrow();

        assertThat(done.status()).isEqualTo(ArticleStatus.DONE);
        assertThat(done.processedAt()).isEqualTo(clock.instant());
    }

    @Test
    void announcesTheStoreChangeOnlyAfterACommit() {
        Article good = stored("All quiet again.");
        Article bad = stored("Broken.");

        processing(a -> { }).process(good.id());
        processing(a -> {
            throw new IllegalStateException("stage broke");
        }).process(bad.id());

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

        Article failed = processing(writes, breaks).process(article.id()).orElseThrow();

        assertThat(failed.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(failed.failureReason()).contains("gazetteer unavailable");
        assertThat(failed.title()).isEqualTo("Bridge reopened");
    }

    @Test
    void neverProcessesAnArticleTwice() {
        Article article = stored("Once only.");
        AtomicInteger runs = new AtomicInteger();
        ArticleProcessing processing = processing(a -> runs.incrementAndGet());

        processing.process(article.id());
        assertThat(processing.process(article.id())).isEmpty();
        assertThat(runs).hasValue(1);
    }

    @Test
    void resumesArticlesLeftQueuedOrHalfProcessedByAnEarlierRun() {
        Article queued = stored("Left in the queue.");
        Article interrupted = stored("Interrupted mid-way.");
        articles.transition(interrupted.id(), ArticleStatus.QUEUED, ArticleStatus.PROCESSING);

        int resumed = processing(a -> { }).resumeUnfinished();

        assertThat(resumed).isEqualTo(2);
        assertThat(articles.findById(queued.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DONE);
        assertThat(articles.findById(interrupted.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DONE);
    }
}
