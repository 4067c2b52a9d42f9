/**
 * Article intake, the first write path: validation of submissions, de-duplication by url and
 * normalized text, storage, and the durable ingest queue: stored articles are the jobs, which a
 * bounded pool of workers on every instance claims ({@link org.conflictmap.ingest.ArticleQueue}) and
 * runs through the pipeline stages ({@link org.conflictmap.ingest.ArticleProcessor}) with a recorded
 * status, retrying failed attempts. Also the demo corpus queued on first start.
 */
package org.conflictmap.ingest;
