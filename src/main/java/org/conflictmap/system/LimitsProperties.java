package org.conflictmap.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.limits.*}: request rate limits.
 *
 * @param writesPerMinute writes (any method but GET, HEAD and OPTIONS) one authenticated principal
 *                        may make per minute on one instance, with bursts up to the same number
 */
@ConfigurationProperties("conflictmap.limits")
public record LimitsProperties(int writesPerMinute) {

    public LimitsProperties {
        if (writesPerMinute < 1) {
            throw new IllegalArgumentException("conflictmap.limits.writes-per-minute must be at least 1");
        }
    }
}
