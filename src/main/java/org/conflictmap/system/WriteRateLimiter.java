package org.conflictmap.system;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits the writes of each authenticated principal ({@link Authentication#getName()}) with a token
 * bucket of {@code writesPerMinute} tokens refilled evenly over a minute (Bucket4j). A write over
 * the limit fails with {@link RetryLaterException} (429, {@code Retry-After}) before its body is
 * read. Reads and unauthenticated requests (refused anyway) are not counted. The buckets live in
 * this instance's memory, one per principal: N instances allow N times the rate. Thread-safe.
 */
class WriteRateLimiter implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int writesPerMinute;
    private final TimeMeter time;

    WriteRateLimiter(int writesPerMinute, TimeMeter time) {
        this.writesPerMinute = writesPerMinute;
        this.time = time;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (READS.contains(request.getMethod())) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return true;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(caller.getName(), name -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        throw new RetryLaterException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "This token may make "
                + writesPerMinute + " writes a minute; wait before the next one.",
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(writesPerMinute).refillGreedy(writesPerMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }
}
