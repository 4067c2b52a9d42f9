package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * A reason to mark a place contested: it starts on {@code from} and lasts the contest window from
 * {@code anchor} (the day of the last fact involved), ending early where control next changes.
 */
record Contest(LocalDate from, LocalDate anchor, List<ControlSource> sources) {

    Contest {
        sources = List.copyOf(sources);
    }
}
