package org.conflictmap.territory;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.FactionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Alliances and governments from the faction file, the control rules' options, and the control stage. */
@Configuration(proxyBeanMethods = false)
class TerritoryConfiguration {

    @Bean
    FactionAlignment factionAlignment(FactionCatalog factions) {
        return FactionAlignment.of(factions);
    }

    @Bean
    ControlTimelineBuilder controlTimelineBuilder(FactionAlignment alignment, ControlProperties properties) {
        return new ControlTimelineBuilder(alignment, properties.options());
    }

    @Bean
    MovementDeriver movementDeriver(FactionAlignment alignment) {
        return new MovementDeriver(alignment);
    }

    @Bean
    ControlRecorder controlRecorder(EventRepository events, ClaimRepository claims, ControlRepository control,
                                    MovementRepository movements, ControlTimelineBuilder builder, MovementDeriver deriver,
                                    ContestMarkRepository marks) {
        return new ControlRecorder(events, claims, control, movements, builder, deriver, marks);
    }
}
