package org.conflictmap.events;

/**
 * A resolved time phrase in a text ("on Tuesday", "last month", "Oct. 17").
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param date  the day it points to, with the precision the phrase allows
 */
public record TemporalExpression(int start, int end, EventDate date) {
}
