package org.conflictmap.territory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.conflictmap.events.FactionCatalog;
import org.conflictmap.gazetteer.Place;

/**
 * Who fights on whose side, and who governs where. Factions of the same alignment group are allies, and
 * so are two factions when one backs the other; a faction may also be the government of some places.
 * All of it comes from data (the faction file), never from code. Implementations must be thread-safe.
 */
public interface FactionAlignment {

    /** Whether two factions are on the same side (a faction is always allied with itself). */
    boolean allied(String a, String b);

    /** The faction that governs {@code place}, if the faction file names one. */
    default Optional<String> governmentOf(Place place) {
        return Optional.empty();
    }

    /** Every faction on its own: nobody is allied with anybody else, nobody governs anything. */
    static FactionAlignment none() {
        return String::equals;
    }

    /** Groups from a map faction id -> group id; factions absent from the map are their own group. */
    static FactionAlignment of(Map<String, String> groups) {
        Map<String, String> copy = Map.copyOf(groups);
        return (a, b) -> a.equals(b)
                || Objects.requireNonNullElse(copy.get(a), a).equals(Objects.requireNonNullElse(copy.get(b), b));
    }

    /** The alliances and governments of a faction file. */
    static FactionAlignment of(FactionCatalog catalog) {
        return new FactionAlignment() {
            @Override
            public boolean allied(String a, String b) {
                return catalog.allied(a, b);
            }

            @Override
            public Optional<String> governmentOf(Place place) {
                return catalog.governmentOf(place.countryCode(), place.admin1Code());
            }
        };
    }
}
