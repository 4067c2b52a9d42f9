package org.conflictmap.events;

import org.conflictmap.geoparsing.MentionRepository;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleProcessor;
import org.springframework.core.annotation.Order;

/** Pipeline stage 2: reads events from the article and its stored mentions, and stores them. */
@Order(200)
public class EventRecorder implements ArticleProcessor {

    private final EventExtractor extractor;
    private final MentionRepository mentions;
    private final EventRepository events;

    public EventRecorder(EventExtractor extractor, MentionRepository mentions, EventRepository events) {
        this.extractor = extractor;
        this.mentions = mentions;
        this.events = events;
    }

    @Override
    public void process(Article article) {
        events.replaceForArticle(article.id(), article.published(),
                extractor.extract(article.text(), article.published(), mentions.findByArticle(article.id())));
    }
}
