package org.conflictmap.features;

import java.util.Comparator;
import java.util.List;

import org.conflictmap.system.NotFoundException;
import org.springframework.stereotype.Component;

/** The served collections, in the order the landing page lists them; thread-safe. */
@Component
class CollectionRegistry {

    private static final List<String> ORDER = List.of("events", "control", "territory", "movements", "places");

    private final List<CollectionSource> collections;

    CollectionRegistry(List<CollectionSource> collections) {
        this.collections = collections.stream()
                .sorted(Comparator.comparingInt((CollectionSource c) -> rank(c.id())).thenComparing(CollectionSource::id))
                .toList();
    }

    private static int rank(String id) {
        int index = ORDER.indexOf(id);
        return index < 0 ? ORDER.size() : index;
    }

    List<CollectionSource> all() {
        return collections;
    }

    /** @throws NotFoundException when no collection has this id */
    CollectionSource get(String id) {
        return collections.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No collection '" + shorten(id) + "'."));
    }

    private static String shorten(String id) {
        return id.length() > 60 ? id.substring(0, 60) + "..." : id;
    }
}
