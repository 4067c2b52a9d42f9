package org.conflictmap.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The JSON form of an article's metadata in the API (the text itself is left out of lists). */
record ArticleView(long id, String title, String source, String url, LocalDate published,
                   OffsetDateTime publishedAt, String status, String failureReason, Instant receivedAt,
                   Instant processedAt, int textLength, String text) {

    static ArticleView metadata(Article a) {
        return new ArticleView(a.id(), a.title(), a.source(), a.url(), a.published(), a.publishedAt(),
                a.status().id(), a.failureReason(), a.receivedAt(), a.processedAt(), a.text().length(), null);
    }

    static ArticleView full(Article a) {
        return new ArticleView(a.id(), a.title(), a.source(), a.url(), a.published(), a.publishedAt(),
                a.status().id(), a.failureReason(), a.receivedAt(), a.processedAt(), a.text().length(), a.text());
    }
}
