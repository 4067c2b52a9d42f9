package org.conflictmap.events;

import org.conflictmap.geoparsing.MentionRepository;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleProcessor;
import org.springframework.core.annotation.Order;

/**
 * Pipeline stage 2b: reads control claims from the article and its stored mentions and stores them,
 * replacing the article's earlier claims. Runs after events and before the control stage reads them.
 */
@Order(250)
public class ClaimRecorder implements ArticleProcessor {

    private final ControlClaimExtractor extractor;
    private final MentionRepository mentions;
    private final ClaimRepository claims;

    public ClaimRecorder(ControlClaimExtractor extractor, MentionRepository mentions, ClaimRepository claims) {
        this.extractor = extractor;
        this.mentions = mentions;
        this.claims = claims;
    }

    @Override
    public void process(Article article) {
        claims.replaceForArticle(article.id(), article.published(),
                extractor.extract(article.text(), article.published(), mentions.findByArticle(article.id())));
    }
}
