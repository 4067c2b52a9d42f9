package org.conflictmap.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A validated article as submitted for intake, before it is stored.
 *
 * @param title       headline, may be null
 * @param source      outlet name, may be null
 * @param url         canonical address, may be null; unique among stored articles
 * @param published   publication day: the anchor for the article's relative dates
 * @param publishedAt the exact publication instant when the submitter gave a date-time, else null
 * @param text        the article text, never blank
 */
public record ArticleSubmission(String title, String source, String url, LocalDate published,
                                OffsetDateTime publishedAt, String text) {

    public ArticleSubmission {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
    }
}
