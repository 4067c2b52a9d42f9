package org.conflictmap.features;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.EventRepository;
import org.conflictmap.territory.ControlInterval;
import org.conflictmap.territory.ControlState;
import org.conflictmap.territory.ControlTimelineBuilder;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Control on a day, also "as known on" an earlier day: without {@code known_at} it reads the stored
 * timeline; with it, it rebuilds the timeline from the events and claims of the articles published by
 * then, by the same rules. The rebuild reads every such fact, so it costs in proportion to the store;
 * {@code ControlFeatures} caches the answer per day and {@code known_at}. Feature ids of rebuilt points
 * are negative (derived from place and interval start), so they never collide with stored interval ids.
 */
@Component
@Primary
class KnownAtControlSnapshots implements ControlSnapshots {

    private final JdbcControlSnapshots stored;
    private final EventRepository events;
    private final ClaimRepository claims;
    private final ControlTimelineBuilder builder;
    private final JsonMapper json = JsonMapper.builder().build();

    KnownAtControlSnapshots(JdbcControlSnapshots stored, EventRepository events, ClaimRepository claims,
                            ControlTimelineBuilder builder) {
        this.stored = stored;
        this.events = events;
        this.claims = claims;
        this.builder = builder;
    }

    @Override
    public List<ControlPoint> on(LocalDate day, LocalDate knownAt) {
        if (knownAt == null) {
            return stored.on(day, null);
        }
        return builder.build(events.findKnownBy(knownAt), claims.findKnownBy(knownAt), knownAt).controlOn(day)
                .stream().map(this::point).toList();
    }

    private ControlPoint point(ControlState state) {
        ControlInterval interval = state.interval();
        long id = -1L - ((state.place().id() + "/" + interval.from()).hashCode() & 0x7fffffffL);
        return new ControlPoint(id, state.place().id(), state.place().name(), state.place().lon(),
                state.place().lat(), state.controller(), state.since(), interval.to(), state.contested(),
                interval.confidence(), json.writeValueAsString(interval.sources()));
    }

    @Override
    public boolean supportsKnownAt() {
        return true;
    }
}
