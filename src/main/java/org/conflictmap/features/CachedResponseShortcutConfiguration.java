package org.conflictmap.features;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link CachedResponseShortcut} first in the servlet filter chain, ahead of the security filters. */
@Configuration(proxyBeanMethods = false)
class CachedResponseShortcutConfiguration {

    @Bean
    FilterRegistrationBean<CachedResponseShortcut> cachedResponseShortcut(ItemResponseCache cache) {
        FilterRegistrationBean<CachedResponseShortcut> registration = new FilterRegistrationBean<>(new CachedResponseShortcut(cache));
        registration.addUrlPatterns("/ogc/collections/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
