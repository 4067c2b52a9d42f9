package org.conflictmap.ingest;

/**
 * A pipeline stage run on every stored article (geoparsing, event extraction, ...). Each stage
 * writes its own results; all stages of one article run in one transaction, so an article is
 * either fully processed or not at all. Implementations are Spring beans, ordered with
 * {@link org.springframework.core.annotation.Order}, and must be idempotent for one article
 * (re-processing after a crash replaces, never duplicates, their results).
 */
public interface ArticleProcessor {

    void process(Article article);
}
