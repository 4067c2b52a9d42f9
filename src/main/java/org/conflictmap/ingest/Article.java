package org.conflictmap.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored article. Immutable; status changes produce new instances from the repository.
 *
 * @param failureReason why processing failed ({@link ArticleStatus#FAILED}), or why the last attempt failed
 *                      while a retry waits ({@link ArticleStatus#QUEUED}); null once done
 * @param processedAt   when processing finished (done or failed), else null
 */
public record Article(long id, String title, String source, String url, LocalDate published,
                      OffsetDateTime publishedAt, String text, ArticleStatus status, String failureReason,
                      Instant receivedAt, Instant processedAt) {
}
