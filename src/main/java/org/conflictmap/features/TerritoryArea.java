package org.conflictmap.features;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * The area one faction held on a day (its contested part separately).
 *
 * @param faction   controller id
 * @param contested whether this is the part around places marked contested
 * @param area      (multi)polygon in longitude/latitude
 * @param areaKm2   geodesic area on WGS 84
 * @param placeIds  the places whose cells make up the area, sorted
 */
record TerritoryArea(String faction, boolean contested, Geometry area, double areaKm2, List<String> placeIds) {

    TerritoryArea {
        placeIds = List.copyOf(placeIds);
    }

    /** Feature id: the faction id, with {@code ~contested} for the contested part. */
    String id() {
        return contested ? faction + "~contested" : faction;
    }
}
