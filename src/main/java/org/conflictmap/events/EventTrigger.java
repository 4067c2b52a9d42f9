package org.conflictmap.events;

import java.util.regex.Pattern;

/**
 * A word or phrase that signals an event of one type, and how its arguments are bound.
 *
 * @param type              the event type it signals
 * @param pattern           case-insensitive pattern of the trigger phrase
 * @param active            binding in the active voice
 * @param passive           binding when the trigger follows a form of "be" or is followed by "by"
 * @param nominal           a noun phrase ("the offensive on", "air strikes on") rather than a verb
 */
record EventTrigger(EventType type, Pattern pattern, Binding active, Binding passive, boolean nominal) {

    static EventTrigger verb(EventType type, String regex, Binding active, Binding passive) {
        return new EventTrigger(type, compile(regex), active, passive, false);
    }

    static EventTrigger noun(EventType type, String regex) {
        return new EventTrigger(type, compile(regex), Binding.SUBJECT_ACTS, Binding.SUBJECT_ACTS, true);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?iU)(?<![\\w-])(?:" + regex + ")(?![\\w-])");
    }
}
