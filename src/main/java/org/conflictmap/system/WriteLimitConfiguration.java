package org.conflictmap.system;

import io.github.bucket4j.TimeMeter;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the per-principal {@link WriteRateLimiter} on every handler. */
@Configuration(proxyBeanMethods = false)
class WriteLimitConfiguration implements WebMvcConfigurer {

    private final LimitsProperties limits;

    WriteLimitConfiguration(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WriteRateLimiter(limits.writesPerMinute(), TimeMeter.SYSTEM_MILLISECONDS));
    }
}
