package org.conflictmap.territory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.FactionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Alliances from the factions' groups, the control rules' options, and the control stage. */
@Configuration(proxyBeanMethods = false)
class TerritoryConfiguration {

    @Bean
    FactionAlignment factionAlignment(FactionCatalog factions) {
        Map<String, String> groups = new LinkedHashMap<>();
        factions.all().forEach(f -> groups.put(f.id(), f.group()));
        return FactionAlignment.of(groups);
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
