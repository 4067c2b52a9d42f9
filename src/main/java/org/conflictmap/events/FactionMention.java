package org.conflictmap.events;

/**
 * A phrase in a text that names a faction.
 *
 * @param start      offset of the first character
 * @param end        offset after the last character
 * @param factionId  the faction named
 * @param person     true when the phrase is the name of a person who stands for the faction
 * @param contextual true when a generic phrase ("the militants") was attributed through the article's context
 */
public record FactionMention(int start, int end, String factionId, boolean person, boolean contextual) {
}
