package org.conflictmap.geoparsing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.GeodataGazetteerLoader;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.system.ConflictMapProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gazetteer, loaded once from {@code conflictmap.geodata}, the geoparser and its pipeline stage. */
@Configuration(proxyBeanMethods = false)
class GeoparsingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeoparsingConfiguration.class);

    @Bean
    Gazetteer gazetteer(ConflictMapProperties properties) {
        long start = System.nanoTime();
        GeodataGazetteerLoader loader = new GeodataGazetteerLoader(new NameNormalizer());
        try {
            var gazetteer = properties.geodataDirectory().isPresent()
                    ? loader.fromDirectory(properties.geodataDirectory().get())
                    : loader.fromClasspath(GeodataGazetteerLoader.CLASSPATH_FOLDER);
            log.info("gazetteer: {} places loaded in {} ms", gazetteer.size(), (System.nanoTime() - start) / 1_000_000);
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the gazetteer from " + properties.geodata(), e);
        }
    }

    @Bean
    Geoparser geoparser(Gazetteer gazetteer, ConflictMapProperties properties) {
        return GazetteerGeoparser.standard(gazetteer, EnglishLexicon.load(properties.geodataDirectory().orElse(null)));
    }

    @Bean
    MentionRecorder mentionRecorder(Geoparser geoparser, MentionRepository mentions) {
        return new MentionRecorder(geoparser, mentions);
    }
}
