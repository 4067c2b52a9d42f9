package org.conflictmap.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ResourceLoader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/map-config}: the map page's server-side settings, {@code {"tileUrl", "tileAttribution",
 * "basemap": ["/basemap/<file>", ...]}}. An empty {@code tileUrl} means: offline basemap only. Basemap
 * files that are not present under {@code <geodata>/basemap/} are left out of the list.
 */
@RestController
class MapConfigController {

    private final MapProperties properties;
    private final ResourceLoader resources;
    private final String basemapLocation;

    MapConfigController(MapProperties properties, ConflictMapProperties app, ResourceLoader resources) {
        this.properties = properties;
        this.resources = resources;
        this.basemapLocation = MapConfiguration.basemapLocation(app);
    }

    @GetMapping("/api/map-config")
    Map<String, Object> mapConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("tileUrl", properties.tileUrl());
        config.put("tileAttribution", properties.tileUrl().isEmpty() ? "" : properties.tileAttribution());
        List<String> basemap = properties.basemapFiles().stream()
                .filter(file -> resources.getResource(basemapLocation + file).exists()).map(file -> "/basemap/" + file).toList();
        config.put("basemap", basemap);
        return config;
    }
}
