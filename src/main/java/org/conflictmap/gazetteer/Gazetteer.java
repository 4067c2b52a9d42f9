package org.conflictmap.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Looks places up by name. Names are compared as {@link NameNormalizer} keys, so callers pass keys,
 * not raw text. Implementations are immutable once built and safe to share between threads.
 */
public interface Gazetteer {

    /** The normalizer that made this gazetteer's keys; text must be keyed with the same one. */
    NameNormalizer normalizer();

    /** Places with a name whose exact key equals {@code nameKey}; empty when none. */
    List<Place> byName(String nameKey);

    /**
     * Places whose name is a spelling variant of {@code nameKey} (same skeleton and a small edit
     * distance) without being an exact match; only places notable enough for a fuzzy match (countries,
     * provinces, regions, features and towns of some size) are returned. An adjective made by adding
     * -i ("Baghdadi") is not taken for a variant of the name.
     */
    List<Place> similar(String nameKey);

    /** True when some name key starts with this word key followed by a space or ends there. */
    boolean startsName(String wordKey);

    /**
     * True when some longer name key begins with these words ({@code "new"} and {@code "new york"}
     * for {@code "new york city"}); lets a caller stop extending a run of words early.
     */
    boolean isNamePrefix(String key);

    /** The most words any name key has. */
    int longestName();

    /** The ISO country code a demonym or adjective ("Iraqi", "Kurdish") points to, if known. */
    Optional<String> demonymCountry(String wordKey);

    /** The country entry for an ISO 3166-1 alpha-2 code. */
    Optional<Place> country(String countryCode);

    /** The first-level division entry for a country and GeoNames admin1 code. */
    Optional<Place> admin1(String countryCode, String admin1Code);

    /** Number of places. */
    int size();
}
