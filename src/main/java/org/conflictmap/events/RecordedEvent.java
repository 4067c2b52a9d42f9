package org.conflictmap.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event as the store knows it: its id, the article it was read from, and the day it became
 * known (the article's publication day), which makes "as known on day K" queries possible.
 */
public record RecordedEvent(long id, long articleId, LocalDate knownFrom, ConflictEvent event) {

    public RecordedEvent {
        Objects.requireNonNull(knownFrom, "knownFrom");
        Objects.requireNonNull(event, "event");
    }
}
