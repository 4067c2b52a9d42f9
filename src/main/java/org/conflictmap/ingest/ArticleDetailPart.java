package org.conflictmap.ingest;

/**
 * Something a later pipeline stage adds to {@code GET /api/articles/{id}} (its mentions, its events),
 * so the article API shows what was read from the article without the intake depending on the stages.
 */
public interface ArticleDetailPart {

    /** The JSON member name, e.g. {@code "mentions"}. */
    String name();

    /** The part for this article, serialisable to JSON. */
    Object of(Article article);
}
