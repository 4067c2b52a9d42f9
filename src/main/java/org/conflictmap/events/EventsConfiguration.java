package org.conflictmap.events;

import org.conflictmap.geoparsing.MentionRepository;
import org.conflictmap.system.ConflictMapProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Factions from {@code conflictmap.geodata}, the event extractor and its pipeline stage. */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    FactionCatalog factionCatalog(ConflictMapProperties properties) {
        return properties.geodataDirectory().map(FactionCatalog::load).orElseGet(FactionCatalog::fromClasspath);
    }

    @Bean
    EventExtractor eventExtractor(FactionCatalog factions) {
        return new RuleBasedEventExtractor(factions, new SentenceSplitter(), new DateResolver());
    }

    @Bean
    EventRecorder eventRecorder(EventExtractor extractor, MentionRepository mentions, EventRepository events) {
        return new EventRecorder(extractor, mentions, events);
    }
}
