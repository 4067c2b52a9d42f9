package org.conflictmap.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the offline basemap ({@code <geodata>/basemap/*.geojson}) at {@code /basemap/}. */
@Configuration(proxyBeanMethods = false)
class GeodataResources implements WebMvcConfigurer {

    private final String geodata;

    GeodataResources(ConflictMapProperties properties) {
        this.geodata = properties.geodata().endsWith("/") ? properties.geodata() : properties.geodata() + "/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/basemap/**").addResourceLocations(geodata + "basemap/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }
}
