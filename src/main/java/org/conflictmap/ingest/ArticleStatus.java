package org.conflictmap.ingest;

import java.util.Locale;

/** Where an article is in the pipeline. */
public enum ArticleStatus {
    QUEUED, PROCESSING, DONE, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
