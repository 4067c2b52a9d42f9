package org.conflictmap.territory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.control.*}: the numbers of the control rules (README, "How control is derived").
 *
 * @param lookBackDays       how far a loss back-fills the loser's control
 * @param contestDays        how long an advance, attack or conflicting report keeps a place contested
 * @param overrideMargin     how much more confident a report must be to drop a conflicting one
 * @param staleDays          days after its last supporting fact that control ends (0: never)
 * @param advanceTargetHolds whether an advance on a named target says the target held the place
 */
@ConfigurationProperties("conflictmap.control")
record ControlProperties(int lookBackDays, int contestDays, double overrideMargin, int staleDays,
                         boolean advanceTargetHolds) {

    ControlOptions options() {
        return new ControlOptions(lookBackDays, contestDays, overrideMargin, staleDays, advanceTargetHolds);
    }
}
