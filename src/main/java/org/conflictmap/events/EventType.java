package org.conflictmap.events;

import java.util.Locale;

/** The kinds of event the map shows. */
public enum EventType {
    /** The actor takes or retakes the place ("fell to", "retook", "liberated", "seized"). */
    CAPTURE,
    /** The actor pulls out, flees or is driven out of the place. */
    WITHDRAWAL,
    /** The actor moves on, assaults or launches an offensive against the place without taking it. */
    ADVANCE,
    /** The actor's forces are sent to, arrive at or are stationed at the place. */
    DEPLOYMENT,
    /** A raid, bombing, strike or mass killing at the place. */
    ATTACK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
