package org.conflictmap.territory;

import java.time.LocalDate;

/**
 * A day on which the control map changes, for the time slider.
 *
 * @param date   the day
 * @param places how many places change controller, contested state or known/unknown state that day
 */
public record ChangeDay(LocalDate date, int places) {
}
