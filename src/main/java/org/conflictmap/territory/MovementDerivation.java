package org.conflictmap.territory;

/** Where a movement's origin comes from. */
public enum MovementDerivation {
    /** The text names the place the forces came from. */
    STATED,
    /** The nearest place the actor (or, failing that, its allies) held on the day, per the control timeline. */
    INFERRED
}
