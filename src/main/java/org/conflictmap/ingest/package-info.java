/**
 * Article intake, the first write path: validation of submissions, de-duplication by url and
 * normalized text, storage, and running the pipeline stages ({@link org.conflictmap.ingest.ArticleProcessor})
 * on each stored article with a recorded status. Also the demo corpus loaded on first start.
 */
package org.conflictmap.ingest;
