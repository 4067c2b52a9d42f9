package org.conflictmap.gazetteer;

import java.util.Locale;

/** What sort of place a gazetteer entry is; drives resolution priors and how the map draws it. */
public enum PlaceKind {
    CITY, ADMIN1, COUNTRY, REGION, FEATURE;

    /** Lower-case name used in files and JSON ({@code city}, {@code admin1}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case id; throws {@link IllegalArgumentException} on an unknown one. */
    public static PlaceKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
