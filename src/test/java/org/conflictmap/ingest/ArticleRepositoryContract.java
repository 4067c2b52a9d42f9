package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the article store must do on every database it supports. */
abstract class ArticleRepositoryContract {

    static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05Z");

    ArticleRepository articles;

    abstract DataSource store();

    @BeforeEach
    void openStore() {
        articles = new ArticleRepository(JdbcClient.create(store()));
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
    void statusTransitionsOnlyFromTheExpectedState() {
        Article stored = articles.insert(submission(null, "claim me"), RECEIVED);

        assertThat(articles.transition(stored.id(), ArticleStatus.QUEUED, ArticleStatus.PROCESSING)).isTrue();
        assertThat(articles.transition(stored.id(), ArticleStatus.QUEUED, ArticleStatus.PROCESSING)).isFalse();
        assertThat(articles.unfinishedIds()).containsExactly(stored.id());

        articles.markFailed(stored.id(), "stage broke", RECEIVED);
        Article failed = articles.findById(stored.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("stage broke");
        assertThat(articles.unfinishedIds()).isEmpty();
    }
}
