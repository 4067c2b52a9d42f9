package org.conflictmap.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One English construction that states who holds a place, written over a {@link MaskedSentence}: named
 * group {@code f} holds the holder slots (or {@code pron} a pronoun standing for the last faction named),
 * {@code p} the place slots, {@code t} the word whose modality decides whether the statement is made
 * (absent for attributive phrases, which presuppose the holding), and {@code past} is set when the verb is
 * in a past tense, which needs a time phrase in the sentence to be dated.
 *
 * @param name       short label, used in tests and logs
 * @param pattern    the pattern over the masked sentence
 * @param confidence base confidence of a claim read through it
 * @param timing     how the claim is dated
 */
record ClaimConstruction(String name, Pattern pattern, double confidence, Timing timing) {

    /** How a construction is dated. */
    enum Timing {
        /** A statement about now: the anchor day, day precision; a past verb takes the sentence's time phrase. */
        STATE,
        /** A noun phrase that presupposes the holding ("ISIS-held Mosul"): the sentence's time phrase, else the anchor week. */
        ATTRIBUTIVE,
        /** A past capture in a relative clause or a list ("Mosul, which ISIS seized in 2014"): still held at the anchor week. */
        RESULT
    }

    ClaimConstruction(String name, String regex, double confidence, Timing timing) {
        this(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), confidence, timing);
    }

    /** The text of a named group, or null when the pattern has no such group or it did not take part. */
    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
