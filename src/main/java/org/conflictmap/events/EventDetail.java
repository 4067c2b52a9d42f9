package org.conflictmap.events;

import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleDetailPart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Adds {@code events} to the article API: the events read from the article. */
@Component
@Order(200)
class EventDetail implements ArticleDetailPart {

    private final EventRepository events;

    EventDetail(EventRepository events) {
        this.events = events;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Object of(Article article) {
        return events.findByArticle(article.id()).stream().map(EventView::of).toList();
    }
}
