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

/** The geoparser over the gazetteer of {@code conflictmap.geodata} (loaded once, in the background) and its stage. */
@Configuration(proxyBeanMethods = false)
class GeoparsingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeoparsingConfiguration.class);

    /** Loads the gazetteer on a background thread so start-up does not wait for it (about 2 s). */
    @Bean
    Geoparser geoparser(ConflictMapProperties properties) {
        return new BackgroundLoadedGeoparser(() -> GazetteerGeoparser.standard(gazetteer(properties),
                EnglishLexicon.load(properties.geodataDirectory().orElse(null))));
    }

    private static Gazetteer gazetteer(ConflictMapProperties properties) {
        long start = System.nanoTime();
        GeodataGazetteerLoader loader = new GeodataGazetteerLoader(new NameNormalizer());
        try {
            var gazetteer = loader.fromDirectoryOrJar(properties.geodataDirectory().orElse(null));
            log.info("gazetteer: {} places loaded in {} ms", gazetteer.size(), (System.nanoTime() - start) / 1_000_000);
            return gazetteer;
        } catch (IOException e) {
            log.error("cannot load the gazetteer from {}", properties.geodata(), e);
            throw new UncheckedIOException("cannot load the gazetteer from " + properties.geodata(), e);
        }
    }

    @Bean
    MentionRecorder mentionRecorder(Geoparser geoparser, MentionRepository mentions) {
        return new MentionRecorder(geoparser, mentions);
    }
}
