package org.conflictmap.ingest;

import java.util.List;

/** One page of the article list, with the total count for paging controls. */
record ArticlePage(long total, int offset, int limit, List<ArticleView> items) {
}
