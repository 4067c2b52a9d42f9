package org.conflictmap.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.map.*}: what the map page needs from the server's configuration. Served to the
 * page as {@code GET /api/map-config}.
 *
 * @param tileUrl         optional raster tile URL template ({@code https://tile.example/{z}/{x}/{y}.png});
 *                        empty (the default) draws only the offline Natural Earth basemap
 * @param tileAttribution attribution shown for the tiles, plain text (for example
 *                        "© OpenStreetMap contributors"); ignored without a tile URL
 * @param basemapFiles    file names under {@code <geodata>/basemap/} drawn as the offline basemap, in
 *                        drawing order
 */
@ConfigurationProperties("conflictmap.map")
public record MapProperties(String tileUrl, String tileAttribution, List<String> basemapFiles) {

    public MapProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        tileAttribution = tileAttribution == null ? "" : tileAttribution.strip();
        basemapFiles = basemapFiles == null ? List.of() : List.copyOf(basemapFiles);
    }
}
