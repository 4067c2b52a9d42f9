package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.gazetteer.Place;

/**
 * Who holds a place on a given day: the answer of {@link ControlTimeline#controlOn(LocalDate)}.
 *
 * @param place      the place
 * @param controller faction id of the holder
 * @param since      first day of the holder's unbroken control
 * @param contested  whether control is doubtful on that day
 * @param interval   the interval the day falls in, with its sources and contest evidence
 */
public record ControlState(Place place, String controller, LocalDate since, boolean contested, ControlInterval interval) {

    /** The facts behind the control on that day. */
    public List<ControlSource> sources() {
        return interval.sources();
    }
}
