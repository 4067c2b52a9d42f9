package org.conflictmap.events;

import static org.conflictmap.events.ClaimConstruction.Timing.ATTRIBUTIVE;
import static org.conflictmap.events.ClaimConstruction.Timing.RESULT;
import static org.conflictmap.events.ClaimConstruction.Timing.STATE;

import java.util.List;

/**
 * The control constructions the claim extractor knows, strongest first. Each is a general English pattern
 * over slots; no faction or place is named here.
 */
final class ClaimConstructions {

    private static final String F = MaskedSentence.FACTION;
    private static final String P = MaskedSentence.PLACE;
    private static final String FACTIONS = factions("f");
    private static final String FACTIONS2 = factions("f2");
    /** Coordinated places: "Mosul, Tikrit and Baiji", "Mosul in Iraq and Raqqa in Syria"; not "Mosul's airport". */
    private static final String PLACES = "(?<p>(?:" + P + "|" + MaskedSentence.ANAPHOR + ")(?:\\s+in\\s+\\p{Lu}[\\w-]+)?(?:\\s*(?:,|and|or|&|,\\s*and|,\\s*or)\\s*"
            + "(?:the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:cities|towns|villages)\\s+of\\s+)?" + P + "(?:\\s+in\\s+\\p{Lu}[\\w-]+)?)*)(?!['’]s?\\b|-)";
    /** An apposition after a place: "Baiji, home to the largest refinery," (no clause of its own). */
    private static final String APPOSITION = "(?:\\s*,\\s*(?![^,;:]*\\b(?:which|who|where|that|and|or|but)\\b)[^,;:]{1,80}?(?=,))?";
    /** A parenthesis after a subject: "the jihadists (about 400)". */
    private static final String PARENTHESIS = "(?:\\s*\\([^)]{0,40}\\))?";
    private static final String SETTLEMENT = "(?:city|town|village|cities|towns|villages|capital|hub|district|settlement)";
    /** "the town of", "the northern city of" before a place. */
    private static final String OF_PLACE = "(?:(?:the\\s+)?(?:[\\w-]+\\s+)?" + SETTLEMENT + "\\s+(?:of\\s+)?)?";
    private static final String ADV = "(?:(?:still|now|firmly|currently|effectively|already|also|largely|fully|completely|entirely"
            + "|securely|solidly|totally|today|again|long|presently|back|both|all|de\\s+facto|since\\s+then)\\s+)*";
    private static final String PRESENT_BE = "(?:is|are|remains?|stays?|has\\s+been|have\\s+been|has\\s+remained|have\\s+remained|lies|sits)";
    private static final String PAST_BE = "(?<past>was|were|remained|stayed|had\\s+been|had\\s+remained)";
    private static final String BE = "(?:(?:(?:which|that)\\s+)?(?:" + PRESENT_BE + "|" + PAST_BE + ")\\s+)?";
    private static final String HOLD_PARTICIPLE = "(?:held|controlled|occupied|run|ruled|governed|dominated)";
    private static final String SUBJECT = "(?:" + FACTIONS + PARENTHESIS + "(?:\\s*,?\\s+(?:who|which|that))?|(?<pron>\\b(?:it|they)\\b))";
    private static final String OWNER = "(?:" + FACTIONS + "(?:['’]s?)?|(?<pron>\\b(?:its|their)\\b))";
    private static final String CONTROL_NOUN = "(?:control|rule|occupation|authority|grip|sway)";
    private static final String FIRM = "(?:(?:full|firm|complete|total|effective|direct|tight)\\s+)?";
    private static final String STRONGHOLD = "(?:(?:(?:main|last|key|major|biggest|largest|principal|chief|remaining|de\\s+facto|self-declared|self-styled"
            + "|self-proclaimed|so-called|northern|southern|eastern|western|important|main\\s+remaining)\\s+){0,2}"
            + "(?:strongholds?|bastions?|capital|heartland))";

    private ClaimConstructions() {
    }

    /** Coordinated holders in a group of the given name: "the army and the militias". */
    private static String factions(String group) {
        return "(?<" + group + ">" + F + "(?:\\s*(?:,|and|,\\s*and)\\s*(?:the\\s+)?" + F + ")*)";
    }

    static List<ClaimConstruction> all() {
        return List.of(
                // Mosul is under ISIS control; Mosul, under the control of ISIS since June
                new ClaimConstruction("under-control", PLACES + APPOSITION + "\\s*,?\\s*" + BE + ADV + "(?<t>under)\\s+(?:the\\s+)?" + FIRM
                        + "(?:" + FACTIONS + "(?:['’]s?)?\\s+" + FIRM + CONTROL_NOUN + "|" + CONTROL_NOUN + "\\s+of\\s+(?:the\\s+)?" + FACTIONS2 + ")",
                        0.85, STATE),
                // Mosul remains in ISIS hands; in the hands of the militants; had fallen into the hands of ISIS
                new ClaimConstruction("in-hands", PLACES + APPOSITION + "\\s*,?\\s*(?:" + BE + "|(?:(?:which|that)\\s+)?(?:has|have|had)?\\s*(?:fallen|fell|come|came)\\s+)"
                        + ADV + "(?:back\\s+)?(?<t>in|into)\\s+(?:(?:the\\s+)?" + FACTIONS + "(?:['’]s?)?\\s+hands"
                        + "|the\\s+hands\\s+of\\s+(?:(?:some\\s+of\\s+)?the\\s+)?(?:[\\w-]+\\s+){0,3}?" + FACTIONS2 + ")",
                        0.85, STATE),
                // Mosul, held by ISIS since June; Mosul is controlled by ISIS
                new ClaimConstruction("held-by", PLACES + APPOSITION + "\\s*,?\\s*" + BE + ADV + "(?<t>" + HOLD_PARTICIPLE + ")\\s+" + ADV
                        + "by\\s+(?:the\\s+)?" + FACTIONS, 0.85, STATE),
                // ISIS controls Mosul; the army still holds Tikrit and Baiji; they rule the city
                new ClaimConstruction("controls", SUBJECT + "\\s+(?:(?:has|have|had)\\s+)?" + ADV + "(?<t>controls?|holds?|rules?|runs|occupies|governs"
                        + "|(?<pastv>controlled|held|ruled|occupied|governed)|(?:is|are|remains?)\\s+" + ADV + "(?:holding|in\\s+" + FIRM + "control\\s+of)"
                        + "|(?<past2>was|were|remained)\\s+" + ADV + "in\\s+" + FIRM + "control\\s+of"
                        + "|(?:retains?|maintains?|keeps?|has|have|exercises?)\\s+" + FIRM + "control\\s+(?:of|over))\\s+"
                        + "(?:(?:all\\s+of\\s+)?the\\s+" + SETTLEMENT + "\\s+of\\s+)?" + PLACES, 0.8, STATE),
                // ISIS-held Mosul; the ISIS-controlled town of Tal Afar; the militant-run city
                new ClaimConstruction("attributive", FACTIONS + "\\s*-\\s*" + HOLD_PARTICIPLE + "\\s+" + OF_PLACE + PLACES, 0.75, ATTRIBUTIVE),
                // Mosul, an ISIS-held city; Mosul, now held by ISIS
                new ClaimConstruction("attributive-after", PLACES + "\\s*,\\s*(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+)?" + FACTIONS + "\\s*-\\s*"
                        + HOLD_PARTICIPLE + "\\s+" + SETTLEMENT, 0.75, ATTRIBUTIVE),
                // ISIS's de facto capital Raqqa; the main ISIS strongholds of Mosul and Raqqa
                new ClaimConstruction("stronghold", OWNER + "\\s+" + STRONGHOLD + "\\s*(?:,|:|\\s+of|\\s+)\\s*" + OF_PLACE + PLACES,
                        0.7, ATTRIBUTIVE),
                // Raqqa, the ISIS stronghold; Raqqa, which is ISIS's de facto capital
                new ClaimConstruction("stronghold-after", PLACES + "\\s*(?:,\\s*(?:(?:which|that)\\s+(?:is|remains)\\s+)?|\\s+(?:is|remains)\\s+(?:still\\s+)?)"
                        + "(?:(?:a|an|the|one\\s+of\\s+the)\\s+)?(?:[\\w-]+\\s+)?" + OWNER + "\\s+" + STRONGHOLD, 0.7, ATTRIBUTIVE),
                // Hawija, one of the last towns held by ISIS; Mosul, the largest city under ISIS control
                new ClaimConstruction("town-held-by", PLACES + "\\s*,\\s*(?:one\\s+of\\s+)?(?:the|a|an)\\s+(?:(?:last|few|only|main|remaining|largest|biggest)\\s+)*"
                        + "(?:[\\w-]+\\s+)?" + SETTLEMENT + "\\s+(?:in\\s+[\\w⟦⟧]+\\s+)?(?:still\\s+)?(?:" + HOLD_PARTICIPLE + "\\s+by\\s+(?:the\\s+)?" + FACTIONS
                        + "|under\\s+" + FIRM + FACTIONS2 + "(?:['’]s?)?\\s+" + FIRM + CONTROL_NOUN + ")",
                        0.7, ATTRIBUTIVE),
                // Raqqa, the de facto capital of the Islamic State
                new ClaimConstruction("capital-of", PLACES + "\\s*,\\s*(?:(?:which|that)\\s+(?:is|remains)\\s+)?(?:(?:the|a|an)\\s+)?" + STRONGHOLD
                        + "\\s+of\\s+(?:the\\s+)?" + FACTIONS, 0.7, ATTRIBUTIVE),
                // ISIS's grip on Mosul
                new ClaimConstruction("grip", FACTIONS + "(?:['’]s?)?\\s+" + FIRM + "(?:grip|hold|control|rule)\\s+(?:on|over|of)\\s+"
                        + "(?:the\\s+" + SETTLEMENT + "\\s+of\\s+)?" + PLACES, 0.6, ATTRIBUTIVE),
                // Mosul, which ISIS seized in 2014
                new ClaimConstruction("seized-which", PLACES + "\\s*,\\s*(?:which|that)\\s+(?:the\\s+)?" + FACTIONS + "\\s+(?:(?:has|have|had)\\s+)?"
                        + ADV + "(?<t>seized|captured|took|taken|overran|overrun|conquered|occupied|stormed)\\b", 0.6, RESULT),
                // cities that ISIS took: Mosul, Tikrit and Fallujah
                new ClaimConstruction("taken-list", "\\b(?:cities|towns|villages|places|areas|territories)\\s+(?:(?:that|which)\\s+)?(?:the\\s+)?" + FACTIONS
                        + "\\s+(?:(?:has|have|had)\\s+)?" + ADV + "(?<t>took|taken|seized|captured|overran|overrun|conquered|holds?|controls?|occupies)"
                        + "\\s*(?:,|:|—|–|-|\\bsuch\\s+as|\\blike|\\bincluding)\\s*(?:the\\s+likes\\s+of\\s+)?" + PLACES, 0.6, RESULT),
                // Mosul, Tikrit and Fallujah, cities ISIS took
                new ClaimConstruction("list-taken", PLACES + "\\s*,\\s*(?:(?:the|all)\\s+)?(?:cities|towns|villages|places)\\s+(?:(?:that|which)\\s+)?(?:the\\s+)?"
                        + FACTIONS + "\\s+(?:(?:has|have|had)\\s+)?" + ADV + "(?<t>took|taken|seized|captured|overran|overrun|conquered|holds?|controls?)",
                        0.6, RESULT),
                // the army defends Baghdad; the capital, guarded by the army
                new ClaimConstruction("defends", SUBJECT + "\\s+(?:(?:is|are|has\\s+been|have\\s+been)\\s+)?" + ADV
                        + "(?<t>defend(?:s|ing)?|protect(?:s|ing)?|guard(?:s|ing)?|secur(?:es|ing)|(?<pastv>defended|protected|guarded))\\s+"
                        + "(?:the\\s+" + SETTLEMENT + "\\s+of\\s+)?" + PLACES, 0.45, STATE),
                // the army and the militias, who man the checkpoints, are ready and able to defend the city
                new ClaimConstruction("ready-to-defend", FACTIONS + PARENTHESIS + "(?:\\s*,?\\s+(?:who|which|that)\\s+[^,;:.]{1,60}?)?\\s*,?\\s+(?:is|are|stand|stands|remain|remains)\\s+"
                        + "(?:ready|able|capable|prepared)\\s*,?\\s+(?:and\\s+)?(?:(?:able|capable|prepared)\\s+)?(?<t>(?:of\\s+)?defending|to\\s+defend)\\s+"
                        + "(?:the\\s+" + SETTLEMENT + "\\s+of\\s+)?" + PLACES, 0.4, STATE),
                // two Guards units were sent from the border to protect Baghdad: a place sent to be defended is held by the defenders' side
                new ClaimConstruction("sent-to-defend", FACTIONS + "(?:\\s+[\\w'’-]+){0,2}?(?:\\s*,[^,;:]{1,80},)?\\s+(?:(?<past>was|were)|is|are|(?:has|have|had)\\s+been)\\s+"
                        + ADV + "(?<t>tasked|sent|dispatched|deployed|ordered|assigned|rushed|charged|moved)\\s+(?:[^,;:.]{0,60}?\\s+)?(?:with|to)\\s+(?:help\\s+)?"
                        + "(?:protect|defend|guard|secure|shore\\s+up)(?:ing)?\\s+(?:the\\s+(?:[\\w'’-]+\\s+){0,2}?" + SETTLEMENT + "\\s+of\\s+)?" + PLACES, 0.45, STATE),
                // Iran sent two brigades to defend Baghdad
                new ClaimConstruction("sends-to-defend", FACTIONS + "\\s+(?:(?:has|have)\\s+)?" + ADV + "(?<t>sends|sent|dispatch(?:es|ed)|deploy(?:s|ed)|rush(?:es|ed))\\s+"
                        + "[^,;:.]{1,60}?\\s+to\\s+(?:help\\s+)?(?:protect|defend|guard|secure|shore\\s+up)\\s+(?:the\\s+(?:[\\w'’-]+\\s+){0,2}?" + SETTLEMENT
                        + "\\s+of\\s+)?" + PLACES, 0.45, STATE),
                // they were crucial in preventing Damascus from falling; the army kept Samarra from falling
                new ClaimConstruction("kept-from-falling", SUBJECT + "\\s+(?:(?<past>was|were)\\s+[^,;:.]{0,40}?\\s+)?(?:help(?:s|ed)?\\s+(?:to\\s+)?)?"
                        + "(?<t>prevent(?:s|ing)?|keep(?:s|ing)?|sav(?:es|ing)|stop(?:s|ping)?|(?<pastv>prevented|kept|saved|stopped))\\s+"
                        + "(?:the\\s+" + SETTLEMENT + "\\s+of\\s+)?" + PLACES + "\\s+from\\s+(?:falling|being\\s+(?:taken|captured|overrun|seized|stormed))",
                        0.45, STATE),
                new ClaimConstruction("defended-by", PLACES + APPOSITION + "\\s*,?\\s*" + BE + ADV + "(?<t>defended|protected|guarded)\\s+by\\s+(?:the\\s+)?" + FACTIONS,
                        0.45, STATE),
                // ISIS fighters inside Mosul; militants holed up in Ramadi
                new ClaimConstruction("inside", FACTIONS + "\\s+(?:(?:fighters|militants|forces|troops|units|gunmen|defenders)\\s+)?(?:(?:who\\s+)?(?:are|is|remain)\\s+)?"
                        + ADV + "(?<t>inside|holed\\s+up\\s+in|entrenched\\s+in|dug\\s+in\\s+(?:in|at)|barricaded\\s+in|garrisoned\\s+in|remaining\\s+in)\\s+"
                        + "(?:the\\s+" + SETTLEMENT + "\\s+of\\s+)?" + PLACES, 0.4, STATE),
                // the government in Baghdad; Iraqi troops in Ramadi; ISIS headquarters in Raqqa
                new ClaimConstruction("presence", FACTIONS + "\\s+(?:(?:fighters|militants|forces|troops|units|garrisons?|defenders|headquarters"
                        + "|bases?|command)\\s+)?(?:(?:who\\s+(?:are|is)|which\\s+(?:is|are)|(?:is|are)\\s+)?\\s*(?:still\\s+)?(?:stationed|based|deployed|garrisoned|seated)\\s+)?"
                        + "(?<t>in)\\s+(?:the\\s+" + SETTLEMENT + "\\s+of\\s+)?" + PLACES, 0.35, STATE),
                // the Baghdad government, the Damascus regime: the seat of a government named before it
                new ClaimConstruction("seat", "\\bthe\\s+(?<p>" + P + ")\\s+" + FACTIONS + "(?![\\w⟦-])", 0.4, STATE));
    }
}
