package org.conflictmap.features;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.conflictmap.system.ConflictMapProperties;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the land polygons territory is clipped to from {@code <conflictmap.geodata>/basemap/land-50m.geojson}
 * (a GeoJSON FeatureCollection of (multi)polygons). When the file is absent, territory is not clipped,
 * and the log says so once at start-up.
 */
@Configuration(proxyBeanMethods = false)
class LandMaskLoader {

    static final String FILE = "basemap/land-50m.geojson";
    private static final Logger log = LoggerFactory.getLogger(LandMaskLoader.class);

    @Bean
    @Lazy
    LandMask landMask(ConflictMapProperties properties, ResourceLoader resources, ObjectMapper json) throws IOException {
        String geodata = properties.geodata().endsWith("/") ? properties.geodata() : properties.geodata() + "/";
        Resource file = resources.getResource(geodata + FILE);
        if (!file.exists()) {
            log.warn("no land polygons at {}{}: territory is not clipped to land", geodata, FILE);
            return LandMask.NONE;
        }
        try (InputStream in = file.getInputStream()) {
            List<Geometry> polygons = read(json.readTree(in));
            log.info("territory is clipped to {} land polygons from {}{}", polygons.size(), geodata, FILE);
            return new LandMask(polygons);
        }
    }

    static List<Geometry> read(JsonNode collection) throws IOException {
        GeoJsonReader reader = new GeoJsonReader(Rows.WGS84);
        List<Geometry> polygons = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode geometry = feature.path("geometry");
            if (geometry.isObject()) {
                try {
                    polygons.add(reader.read(geometry.toString()));
                } catch (ParseException e) {
                    throw new IOException("unreadable land polygon: " + e.getMessage(), e);
                }
            }
        }
        return polygons;
    }
}
