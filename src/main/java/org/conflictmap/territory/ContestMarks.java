package org.conflictmap.territory;

import java.util.Collection;
import java.util.List;

/** The analyst contest marks in force for some places. Implementations must be thread-safe. */
@FunctionalInterface
public interface ContestMarks {

    /** No marks: control derived from the articles alone. */
    ContestMarks NONE = placeIds -> List.of();

    /** The marks in force on any of these places. */
    List<ContestMark> inForce(Collection<String> placeIds);
}
