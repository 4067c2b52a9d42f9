package org.conflictmap.gazetteer;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of place a gazetteer entry is; drives resolution priors and how the map draws it. */
public enum PlaceKind {
    CITY, ADMIN1, COUNTRY, REGION, FEATURE;

    /** Lower-case name used in files and JSON ({@code city}, {@code admin1}, ...). */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the id in either case (JSON stored before 2026-11-21 spells it {@code CITY}); throws
     * {@link IllegalArgumentException} on an unknown one.
     */
    @JsonCreator
    public static PlaceKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
