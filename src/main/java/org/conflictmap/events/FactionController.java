package org.conflictmap.events;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/factions}: the factions the service knows, for legends and filters. */
@RestController
class FactionController {

    private final FactionCatalog factions;

    FactionController(FactionCatalog factions) {
        this.factions = factions;
    }

    @GetMapping("/api/factions")
    List<FactionView> all() {
        return factions.all().stream().map(f -> new FactionView(f.id(), f.name(), f.colour(), f.group())).toList();
    }

    /** A faction as legends and filters need it. */
    record FactionView(String id, String name, String colour, String group) {
    }
}
