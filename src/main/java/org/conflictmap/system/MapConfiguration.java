package org.conflictmap.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the offline basemap, {@code <conflictmap.geodata>/basemap/*}, at {@code /basemap/<file>} so
 * the map page works without internet access.
 */
@Configuration(proxyBeanMethods = false)
class MapConfiguration implements WebMvcConfigurer {

    private final String basemapLocation;

    MapConfiguration(ConflictMapProperties properties) {
        this.basemapLocation = basemapLocation(properties);
    }

    /** The resource location of the basemap files, with a trailing slash. */
    static String basemapLocation(ConflictMapProperties properties) {
        String geodata = properties.geodata() == null ? "classpath:geodata/" : properties.geodata();
        return (geodata.endsWith("/") ? geodata : geodata + "/") + "basemap/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/basemap/**").addResourceLocations(basemapLocation)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }
}
