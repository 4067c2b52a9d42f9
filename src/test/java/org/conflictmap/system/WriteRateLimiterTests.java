package org.conflictmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class WriteRateLimiterTests {

    final AtomicLong nanos = new AtomicLong();
    final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    final WriteRateLimiter limiter = new WriteRateLimiter(3, clock);

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private boolean write(String principal) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        return limiter.preHandle(new MockHttpServletRequest("POST", "/api/articles"), new MockHttpServletResponse(), null);
    }

    @Test
    void refusesTheWriteAfterTheBurstWithTheWaitUntilTheNextToken() {
        assertThat(write("alice")).isTrue();
        assertThat(write("alice")).isTrue();
        assertThat(write("alice")).isTrue();

        assertThatThrownBy(() -> write("alice")).isInstanceOfSatisfying(RetryLaterException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(e.retryAfterSeconds()).isEqualTo(20);
        });
    }

    @Test
    void refillsOneTokenEveryMinuteOverTheLimit() {
        write("alice");
        write("alice");
        write("alice");

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));

        assertThat(write("alice")).isTrue();
        assertThatThrownBy(() -> write("alice")).isInstanceOf(RetryLaterException.class);
    }

    @Test
    void countsEachPrincipalApart() {
        write("alice");
        write("alice");
        write("alice");

        assertThat(write("bob")).isTrue();
    }

    @Test
    void leavesReadsAndAnonymousRequestsAlone() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.preHandle(new MockHttpServletRequest("GET", "/api/articles"),
                    new MockHttpServletResponse(), null)).isTrue();
        }
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.preHandle(new MockHttpServletRequest("POST", "/api/articles"),
                    new MockHttpServletResponse(), null)).isTrue();
        }
    }
}
