package org.conflictmap.geoparsing;

import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleDetailPart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Adds {@code mentions} to the article API: every resolved place mention with its candidates. */
@Component
@Order(100)
class MentionDetail implements ArticleDetailPart {

    private final MentionRepository mentions;

    MentionDetail(MentionRepository mentions) {
        this.mentions = mentions;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Object of(Article article) {
        return mentions.findByArticle(article.id()).stream().map(MentionView::of).toList();
    }
}
