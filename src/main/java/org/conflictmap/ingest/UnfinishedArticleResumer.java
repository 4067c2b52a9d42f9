package org.conflictmap.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, finishes articles that an earlier run stored but did not finish processing. */
@Component
@Order(0)
class UnfinishedArticleResumer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedArticleResumer.class);

    private final ArticleProcessing processing;

    UnfinishedArticleResumer(ArticleProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void run(ApplicationArguments args) {
        int resumed = processing.resumeUnfinished();
        if (resumed > 0) {
            log.info("resumed {} unfinished articles", resumed);
        }
    }
}
