package org.conflictmap.territory;

/**
 * The numbers behind the control rules (see the README section "How control is derived").
 *
 * @param lookBackDays     how far before a stated capture or withdrawal the losing faction's control
 *                         is back-filled, at most
 * @param contestDays      how long an advance or attack without outcome, or a pair of conflicting
 *                         reports, marks a place contested, at most
 * @param overrideMargin   confidence difference above which the weaker of two conflicting reports is
 *                         dropped instead of marking the place contested
 * @param staleDays        days after its last supporting fact that a control interval ends; 0 means
 *                         control persists until a later fact changes it
 * @param advanceTargetHolds whether an advance on a place against a named target faction shows that
 *                         the target held the place on that day
 */
public record ControlOptions(int lookBackDays, int contestDays, double overrideMargin, int staleDays,
                             boolean advanceTargetHolds) {

    public ControlOptions {
        if (lookBackDays < 0 || contestDays < 0 || staleDays < 0) {
            throw new IllegalArgumentException("day counts must not be negative");
        }
        if (overrideMargin < 0 || overrideMargin > 1) {
            throw new IllegalArgumentException("overrideMargin must be within 0..1");
        }
    }

    /** 30 days look-back, 14 days contested, 0.2 margin, no staleness, advance targets hold. */
    public static ControlOptions defaults() {
        return new ControlOptions(30, 14, 0.2, 0, true);
    }
}
