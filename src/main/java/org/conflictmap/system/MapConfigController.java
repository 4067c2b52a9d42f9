package org.conflictmap.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/map-config}: the map page's server-side settings, {@code {"tileUrl", "tileAttribution",
 * "basemap": ["/basemap/<file>", ...]}}. An empty {@code tileUrl} means: offline basemap only.
 */
@RestController
class MapConfigController {

    private final MapProperties properties;

    MapConfigController(MapProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/map-config")
    Map<String, Object> mapConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("tileUrl", properties.tileUrl());
        config.put("tileAttribution", properties.tileUrl().isEmpty() ? "" : properties.tileAttribution());
        List<String> basemap = properties.basemapFiles().stream().map(file -> "/basemap/" + file).toList();
        config.put("basemap", basemap);
        return config;
    }
}
