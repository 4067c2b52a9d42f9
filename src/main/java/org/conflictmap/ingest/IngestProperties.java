package org.conflictmap.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.ingest.*}: limits on submitted articles.
 *
 * @param maxTextBytes largest accepted text, in UTF-8 bytes
 * @param maxDaysAhead how many days after the server's today a publication date may lie
 */
@ConfigurationProperties("conflictmap.ingest")
public record IngestProperties(int maxTextBytes, int maxDaysAhead) {
}
