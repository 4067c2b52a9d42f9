package org.conflictmap.geoparsing;

import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleProcessor;
import org.springframework.core.annotation.Order;

/** Pipeline stage 1: geoparses the article and stores its resolved mentions. */
@Order(100)
public class MentionRecorder implements ArticleProcessor {

    private final Geoparser geoparser;
    private final MentionRepository mentions;

    public MentionRecorder(Geoparser geoparser, MentionRepository mentions) {
        this.geoparser = geoparser;
        this.mentions = mentions;
    }

    @Override
    public void process(Article article) {
        mentions.replaceForArticle(article.id(), geoparser.parse(article.text()));
    }
}
