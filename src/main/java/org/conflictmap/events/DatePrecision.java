package org.conflictmap.events;

import java.util.Locale;

/** How tightly a text pins a date: the tolerance an event's date carries. */
public enum DatePrecision {
    DAY(1), WEEK(7), MONTH(31), YEAR(366);

    private final int toleranceDays;

    DatePrecision(int toleranceDays) {
        this.toleranceDays = toleranceDays;
    }

    /** Half-width, in days, of the window the true date is expected in. */
    public int toleranceDays() {
        return toleranceDays;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
