package org.conflictmap.system;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A request refused for now, not for good: the queue is full (503) or the caller used up its
 * write rate (429). Rendered as problem+json with a {@code Retry-After} header in whole seconds.
 */
public class RetryLaterException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Duration retryAfter;

    public RetryLaterException(HttpStatus status, String title, String detail, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The wait to announce, rounded up to whole seconds, at least one. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
