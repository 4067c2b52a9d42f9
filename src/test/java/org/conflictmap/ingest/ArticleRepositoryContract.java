package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the article store must do on every database it supports. */
abstract class ArticleRepositoryContract {

    static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05Z");

    ArticleRepository articles;

    abstract DataSource store();

    static final Duration LEASE = Duration.ofSeconds(60);

    ArticleQueue queue;
    DataSource store;

    @BeforeEach
    void openStore() {
        store = store();
        articles = new ArticleRepository(JdbcClient.create(store));
        queue = new ArticleQueue(JdbcClient.create(store),
                new TransactionTemplate(new DataSourceTransactionManager(store)));
    }

    static ArticleSubmission submission(String url, String text) {
        return new ArticleSubmission("Bridge reopened", "Test Wire", url, LocalDate.of(2015, 3, 2),
                null, text);
    }

    @Test
    void storesAndReadsBackEveryField() {
        var published = OffsetDateTime.parse("2015-03-02T10:15:00+03:00");
        Article stored = articles.insert(new ArticleSubmission("Title é", "Wire", "https://example.org/a",
                published.toLocalDate(), published, "Texte accentué — with ünïcödé"), RECEIVED);

        Article read = articles.findById(stored.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("Title é");
        assertThat(read.text()).isEqualTo("Texte accentué — with ünïcödé");
        assertThat(read.published()).isEqualTo(LocalDate.of(2015, 3, 2));
        assertThat(read.publishedAt().toInstant()).isEqualTo(published.toInstant());
        assertThat(read.status()).isEqualTo(ArticleStatus.QUEUED);
        assertThat(read.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void refusesASecondArticleWithTheSameUrl() {
        articles.insert(submission("https://example.org/same", "first text"), RECEIVED);

        assertThatThrownBy(() -> articles.insert(submission("https://example.org/same", "other text"), RECEIVED))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void refusesTheSameTextUnderAnotherUrlOrWithOtherSpacing() {
        articles.insert(submission(null, "The bridge at Haditha reopened."), RECEIVED);

        assertThatThrownBy(() -> articles.insert(submission("https://example.org/b",
                "the  bridge at HADITHA\nreopened. "), RECEIVED)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void findsTheDuplicateByUrlOrText() {
        Article stored = articles.insert(submission("https://example.org/c", "Some text"), RECEIVED);

        assertThat(articles.findDuplicate(submission("https://example.org/c", "changed"))).contains(stored);
        assertThat(articles.findDuplicate(submission(null, "SOME   text"))).contains(stored);
        assertThat(articles.findDuplicate(submission(null, "different"))).isEmpty();
    }

    @Test
    void allowsManyArticlesWithoutUrl() {
        articles.insert(submission(null, "one"), RECEIVED);
        articles.insert(submission(null, "two"), RECEIVED);

        assertThat(articles.count()).isEqualTo(2);
    }

    @Test
    void pagesNewestPublicationFirst() {
        for (int day = 1; day <= 5; day++) {
            articles.insert(new ArticleSubmission("t" + day, null, null, LocalDate.of(2016, 1, day), null,
                    "text " + day), RECEIVED);
        }

        assertThat(articles.page(0, 2)).extracting(Article::title).containsExactly("t5", "t4");
        assertThat(articles.page(4, 2)).extracting(Article::title).containsExactly("t1");
    }

    @Test
    void claimsTheOldestQueuedArticleOnceAndRecordsWhoClaimedIt() {
        Article first = articles.insert(submission(null, "claim me first"), RECEIVED);
        Article second = articles.insert(submission(null, "claim me next"), RECEIVED);

        assertThat(queue.claim("a/1", RECEIVED, LEASE)).contains(new ArticleQueue.Claim(first.id(), 1));
        assertThat(queue.claim("b/1", RECEIVED, LEASE)).contains(new ArticleQueue.Claim(second.id(), 1));
        assertThat(queue.claim("a/2", RECEIVED, LEASE)).isEmpty();
        assertThat(articles.findById(first.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PROCESSING);
        assertThat(claimedBy(first.id())).isEqualTo("a/1");
        assertThat(queue.queued()).isZero();
    }

    @Test
    void takesOverAClaimOnlyAfterItsLeaseRanOut() {
        Article article = articles.insert(submission(null, "worker died"), RECEIVED);
        queue.claim("dead/1", RECEIVED, LEASE);

        assertThat(queue.claim("live/1", RECEIVED.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
        assertThat(queue.claim("live/1", RECEIVED.plus(LEASE).plusSeconds(1), LEASE))
                .contains(new ArticleQueue.Claim(article.id(), 2));
        assertThat(queue.holdClaim(article.id(), "dead/1")).isFalse();
        assertThat(queue.fail(article.id(), "dead/1", "late", RECEIVED)).isFalse();
        assertThat(queue.holdClaim(article.id(), "live/1")).isTrue();
    }

    @Test
    void takesOverAnAbandonedClaimBeforeNewerQueuedArticles() {
        Article abandoned = articles.insert(submission(null, "worker died holding this"), RECEIVED);
        queue.claim("dead/1", RECEIVED, LEASE);
        Article waiting = articles.insert(submission(null, "queued meanwhile"), RECEIVED);
        Instant later = RECEIVED.plus(LEASE).plusSeconds(1);

        assertThat(queue.claim("live/1", later, LEASE)).contains(new ArticleQueue.Claim(abandoned.id(), 2));
        assertThat(queue.claim("live/2", later, LEASE)).contains(new ArticleQueue.Claim(waiting.id(), 1));
    }

    @Test
    void retriesAFailedAttemptOnlyWhenItIsDueAndKeepsTheReason() {
        Article article = articles.insert(submission(null, "flaky"), RECEIVED);
        queue.claim("w/1", RECEIVED, LEASE);

        assertThat(queue.retryLater(article.id(), "w/1", "store hiccup", RECEIVED.plusSeconds(10))).isTrue();

        assertThat(articles.findById(article.id()).orElseThrow())
                .satisfies(a -> assertThat(a.status()).isEqualTo(ArticleStatus.QUEUED))
                .satisfies(a -> assertThat(a.failureReason()).isEqualTo("store hiccup"));
        assertThat(queue.claim("w/1", RECEIVED.plusSeconds(9), LEASE)).isEmpty();
        assertThat(queue.claim("w/1", RECEIVED.plusSeconds(10), LEASE)).contains(new ArticleQueue.Claim(article.id(), 2));
    }

    @Test
    void failsAClaimedArticleForGoodWithTheReason() {
        Article article = articles.insert(submission(null, "broken"), RECEIVED);
        queue.claim("w/1", RECEIVED, LEASE);

        assertThat(queue.fail(article.id(), "w/1", "stage broke", RECEIVED)).isTrue();

        Article failed = articles.findById(article.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("stage broke");
        assertThat(queue.claim("w/1", RECEIVED.plus(LEASE).plus(LEASE), LEASE)).isEmpty();
    }

    @Test
    void releasesEveryClaimAtOnceForASingleProcessStore() {
        Article article = articles.insert(submission(null, "left mid-way"), RECEIVED);
        queue.claim("gone/1", RECEIVED, LEASE);

        assertThat(queue.releaseAllClaims()).isEqualTo(1);

        assertThat(queue.queued()).isEqualTo(1);
        assertThat(queue.claim("new/1", RECEIVED, LEASE)).contains(new ArticleQueue.Claim(article.id(), 2));
    }

    private String claimedBy(long id) {
        return JdbcClient.create(store).sql("SELECT claimed_by FROM article WHERE id = :id").param("id", id)
                .query(String.class).single();
    }
}
