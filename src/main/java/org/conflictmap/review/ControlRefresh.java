package org.conflictmap.review;

import java.util.Collection;

import org.conflictmap.persistence.StoreChanged;
import org.conflictmap.territory.ControlRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the control timelines and movements of the places an analyst edit touched, inside the
 * edit's transaction, and announces {@link StoreChanged}; the feed caches act on it once that
 * transaction commits, so they never refill from a state the edit has not committed yet.
 */
@Component
class ControlRefresh {

    private final ControlRecorder control;
    private final ApplicationEventPublisher events;

    ControlRefresh(ControlRecorder control, ApplicationEventPublisher events) {
        this.control = control;
        this.events = events;
    }

    void recompute(Collection<String> placeIds, String reason) {
        control.recompute(placeIds);
        events.publishEvent(new StoreChanged(reason));
    }
}
