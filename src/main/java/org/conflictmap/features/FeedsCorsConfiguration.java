package org.conflictmap.features;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets pages on any origin read the feeds ({@code GET}/{@code HEAD} on {@code /ogc/**},
 * {@code /api/timeline} and {@code /api/exports/**}). Nothing else is opened: other paths get no CORS
 * headers and a cross-origin preflight for any other method is refused.
 */
@Configuration(proxyBeanMethods = false)
class FeedsCorsConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/ogc", "/ogc/**", "/api/timeline", "/api/exports/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD").allowCredentials(false)
                    .exposedHeaders(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.LINK).maxAge(3600);
        }
    }
}
