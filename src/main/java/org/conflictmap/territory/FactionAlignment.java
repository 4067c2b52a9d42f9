package org.conflictmap.territory;

import java.util.Map;
import java.util.Objects;

/**
 * Which side a faction fights on: maps a faction id to the id of its alignment group. Factions with
 * the same group id are allies. The mapping comes from data (the faction file), never from code.
 * Implementations must be thread-safe and must return a non-null group for any faction id.
 */
@FunctionalInterface
public interface FactionAlignment {

    /** The alignment group of {@code factionId}; a faction with no known group is its own group. */
    String groupOf(String factionId);

    /** Whether two factions are on the same side (a faction is always allied with itself). */
    default boolean allied(String a, String b) {
        return a.equals(b) || groupOf(a).equals(groupOf(b));
    }

    /** Every faction on its own: nobody is allied with anybody else. */
    static FactionAlignment none() {
        return faction -> faction;
    }

    /** Groups from a map faction id -> group id; factions absent from the map are their own group. */
    static FactionAlignment of(Map<String, String> groups) {
        Map<String, String> copy = Map.copyOf(groups);
        return faction -> Objects.requireNonNullElse(copy.get(faction), faction);
    }
}
