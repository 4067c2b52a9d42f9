package org.conflictmap.gazetteer;

import java.util.Objects;

/**
 * One gazetteer entry. Immutable.
 *
 * @param id          stable id: the GeoNames id as a decimal string for GeoNames rows, or a
 *                    prefixed id ({@code "x:..."}) for curated supplement rows
 * @param geonameId   the GeoNames id when the row comes from GeoNames, else {@code null}
 * @param name        preferred display name
 * @param lat         WGS84 latitude
 * @param lon         WGS84 longitude
 * @param kind        city, admin1, country, region or feature
 * @param featureCode GeoNames feature code (PPLA, ADM1, PCLI, STM, ...) or a supplement's own code
 * @param countryCode ISO 3166-1 alpha-2, or empty for multi-country regions
 * @param admin1Code  GeoNames admin1 code within the country, or empty
 * @param population  population, 0 when unknown
 */
public record Place(String id, Long geonameId, String name, double lat, double lon, PlaceKind kind,
                    String featureCode, String countryCode, String admin1Code, long population) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        featureCode = featureCode == null ? "" : featureCode;
        countryCode = countryCode == null ? "" : countryCode;
        admin1Code = admin1Code == null ? "" : admin1Code;
    }
}
