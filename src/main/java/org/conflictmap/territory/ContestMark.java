package org.conflictmap.territory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An analyst's statement that control of a place was contested over {@code [from, to)}: the place is
 * shown contested on those days (where its controller is known), with this mark as the evidence.
 *
 * @param author  name of the token that made the mark
 * @param reason  the analyst's reason, shown as the evidence text
 */
public record ContestMark(long id, String placeId, LocalDate from, LocalDate to, String author, String reason,
                          Instant created) {

    public ContestMark {
        Objects.requireNonNull(placeId, "placeId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a contest mark ends after it starts");
        }
    }
}
