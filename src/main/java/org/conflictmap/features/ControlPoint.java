package org.conflictmap.features;

import java.time.LocalDate;

/**
 * Who held one place on a given day, with the evidence behind it.
 *
 * @param intervalId the control interval it comes from (the feature id)
 * @param placeId    gazetteer id of the place
 * @param placeName  name of the place
 * @param lon        longitude, WGS 84
 * @param lat        latitude, WGS 84
 * @param controller faction id
 * @param since      first day of the interval
 * @param until      day the interval ended (exclusive), or {@code null} while it lasts
 * @param contested  whether the place was fought over in the interval
 * @param confidence 0..1
 * @param sources    JSON array of the facts behind the interval (event ids, articles, sentences)
 */
public record ControlPoint(long intervalId, String placeId, String placeName, double lon, double lat,
                           String controller, LocalDate since, LocalDate until, boolean contested,
                           double confidence, String sources) {
}
