package org.conflictmap.features;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link DaySliceShortcut} first in the servlet filter chain, ahead of the security filters. */
@Configuration(proxyBeanMethods = false)
class DaySliceShortcutConfiguration {

    @Bean
    FilterRegistrationBean<DaySliceShortcut> daySliceShortcut(ItemResponseCache cache) {
        FilterRegistrationBean<DaySliceShortcut> registration = new FilterRegistrationBean<>(new DaySliceShortcut(cache));
        registration.addUrlPatterns("/ogc/collections/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
