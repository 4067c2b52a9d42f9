package org.conflictmap.ingest;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The single write path for articles: stores a submission once (same url or same normalized text
 * returns the stored one) and processes it before returning.
 */
@Service
public class ArticleIntake {

    private final ArticleRepository articles;
    private final ArticleProcessing processing;
    private final Clock clock;

    public ArticleIntake(ArticleRepository articles, ArticleProcessing processing, Clock clock) {
        this.articles = articles;
        this.processing = processing;
        this.clock = clock;
    }

    public IntakeResult submit(ArticleSubmission submission) {
        var existing = articles.findDuplicate(submission);
        if (existing.isPresent()) {
            return new IntakeResult(existing.get(), false);
        }
        Article stored;
        try {
            stored = articles.insert(submission, clock.instant());
        } catch (DuplicateKeyException raced) {
            // A concurrent submission of the same article committed between our check and insert.
            return new IntakeResult(articles.findDuplicate(submission).orElseThrow(() -> raced), false);
        }
        return new IntakeResult(processing.process(stored.id()).orElse(stored), true);
    }
}
