package org.conflictmap.territory;

/** How a control interval's start was established. */
public enum Derivation {
    /** A capture states the change of control. */
    STATED,
    /** A control claim (or an advance's named target) asserts the holder; the change itself is unknown. */
    CLAIMED,
    /** A later capture or withdrawal implies the faction held the place just before; bounded look-back. */
    BACKFILLED,
    /** A holder left a place another faction had pressed; that faction is taken to hold it from then. */
    INFERRED
}
