package org.conflictmap.events;

import static org.conflictmap.events.Binding.OBJECT_ACTS;
import static org.conflictmap.events.Binding.SUBJECT_ACTS;
import static org.conflictmap.events.Binding.SUBJECT_IS_PLACE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The English event triggers: verbs and nouns of taking, leaving, advancing, moving and striking, each with
 * the way its actor and place are bound in active and passive voice. Overlapping matches keep the longest
 * ("took control of" over "took"). Immutable and thread-safe.
 */
final class TriggerLexicon {

    /** Verbs that name a capture only with a place as their object ("recovered the town", not "recovered bodies"). */
    private static final String PLACE_OBJECT = "(?=\\s+(?:(?:the|most\\s+of\\s+the|parts\\s+of(?:\\s+the)?)\\s+)?"
            + "(?:(?:[\\w-]+\\s+){0,2}(?:city|town|village|area|district|province|region|centre|center|neighbou?rhoods?|quarter)\\b"
            + "|control\\b|(?-i:[A-Z])))";

    private final List<EventTrigger> triggers = List.of(
            // capture
            EventTrigger.verb(EventType.CAPTURE, "fell|falls|fallen|falling|fall", SUBJECT_IS_PLACE, SUBJECT_IS_PLACE),
            EventTrigger.verb(EventType.CAPTURE, "(?:came|come|comes|fell|fallen)\\s+under\\s+(?:the\\s+)?control", SUBJECT_IS_PLACE, SUBJECT_IS_PLACE),
            EventTrigger.verb(EventType.CAPTURE, "(?:re-?)?captur(?:ed|es|ing)|seiz(?:ed|es|ing)|liberat(?:ed|es|ing)|reclaim(?:ed|s|ing)"
                    + "|over-?r(?:an|un|uns|unning)|conquer(?:ed|s|ing)|regain(?:ed|s|ing)|retook|retaken|retaking"
                    + "|(?:recover(?:ed|s|ing)|cleared|clearing|occupi(?:ed|es)|occupying)" + PLACE_OBJECT + "|wrest(?:ed|ing)|won\\s+back"
                    + "|retake|recapture|capture|seize|liberate|reclaim|overrun|regain|take\\s+(?:back|over|control\\s+of)"
                    + "|take(?=\\s+(?-i:[A-Z]))",
                    SUBJECT_ACTS, SUBJECT_IS_PLACE),
            EventTrigger.verb(EventType.CAPTURE, "(?:took|taken|taking|takes|seized|gained|wrested|assumed|won|regained)"
                    + "(?:\\s+(?:back|over|full|total|complete))*(?:\\s+control\\s+(?:of|over))?"
                    + "(?!\\s+(?:part|place|prisoner|hostage|steps|action|care|advantage|office|power|time|his|her|their|its|our|my|orders)\\b)",
                    SUBJECT_ACTS, SUBJECT_IS_PLACE),
            EventTrigger.verb(EventType.CAPTURE, "entered|entering|enters|swept\\s+into|rolled\\s+into", SUBJECT_ACTS, SUBJECT_ACTS),
            // "declared victory over the militants in Mosul": the declaring side holds the place
            EventTrigger.verb(EventType.CAPTURE, "declar(?:ed|es|ing)\\s+(?:(?:a|the|final|full|total|formal|complete)\\s+)*victory"
                    + "(?:\\s+(?:over|against)\\s+(?:[\\w'’-]+\\s+){1,5}?)?\\s*in(?=\\s+(?:the\\s+(?:city|town)\\s+of\\s+)?(?-i:[A-Z]))", SUBJECT_ACTS, SUBJECT_ACTS),
            new EventTrigger(EventType.CAPTURE, java.util.regex.Pattern.compile("(?i)(?<![\\w-])(?:fall|loss)\\s+of(?![\\w-])"),
                    Binding.PLACE_THEN_AGENT, Binding.PLACE_THEN_AGENT, true),
            EventTrigger.noun(EventType.CAPTURE, "(?:re-?)?capture\\s+of|liberation\\s+of|takeover\\s+of|seizure\\s+of|conquest\\s+of"),
            // withdrawal
            EventTrigger.verb(EventType.WITHDRAWAL, "fled|flee|flees|fleeing|withdr(?:ew|awn|aws|awing)|withdraw|retreat(?:ed|s|ing)?"
                    + "|pull(?:ed|s|ing)?\\s+(?:out|back)|fell\\s+back|falling\\s+back|abandon(?:ed|s|ing)?|evacuat(?:ed|es|ing)"
                    + "|(?:lost|loses|losing)(?=\\s+(?:control\\s+of|the\\s+(?:city|town|village|area|region)|(?-i:[A-Z])))|left(?=\\s+(?:the\\s+(?:city|town|village|area|region)|(?-i:[A-Z])))|quit|ceded|retired\\s+from"
                    + "|thrown\\s+back|(?:made|make|making)\\s+tracks\\s+out\\s+of|mov(?:ed|ing)\\s+out\\s+of",
                    SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.WITHDRAWAL, "(?:drove|driven|drive|driving|pushed|forced|kicked|chased|ousted|expelled|evicted|routed|flushed)(?!\\s+in\\b)"
                    + "(?:\\s+\\w+){0,4}?\\s+(?:out\\s+of|from)|expelled|ousted|evicted|routed",
                    OBJECT_ACTS, SUBJECT_ACTS),
            // advance
            EventTrigger.verb(EventType.ADVANCE, "(?:advanc(?:ed|es|ing)|advance|push(?:ed|es|ing)?|march(?:ed|es|ing)?"
                    + "|charg(?:ed|es|ing)|clos(?:ed|es|ing)\\s+in|proceed(?:ed|s|ing)?)\\s+(?:\\w+\\s+)?"
                    + "(?:on|toward|towards|against|to|into|in\\s+on|closer\\s+to)"
                    + "|(?:mov(?:ed|es|ing)|head(?:ed|ing|s)?|press(?:ed|es|ing)?)\\s+(?:north|south|east|west|on|ahead|further|deeper)?"
                    + "\\s*(?:(?:along|across|through|up|down)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2})?(?:on|toward|towards|against|for)",
                    SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.ADVANCE, "(?:fighting|fought|battling|battled|struggling|pushing|moving|advancing)\\s+to\\s+"
                    + "(?:retake|recapture|liberate|capture|take|free|reclaim|seize|clear|dislodge|oust|expel)", SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.ADVANCE, "besieg(?:ed|es|ing)|encircl(?:ed|es|ing)|surround(?:ed|s|ing)|assault(?:ed|ing)"
                    + "|attacking|approach(?:ed|es|ing)|near(?:ed|ing|s)|reached|reaching|got\\s+as\\s+far\\s+as",
                    SUBJECT_ACTS, SUBJECT_IS_PLACE),
            EventTrigger.verb(EventType.ADVANCE, "thwarted|repelled|repulsed|halted|stopped|beaten\\s+back|held\\s+off", SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.ADVANCE, "launch(?:ed|es|ing)?\\s+(?:(?:a|an|the|its|their|his|long-awaited|new|major|big|large|fresh|ground|military|joint|final|\\w+-\\w+)\\s+){0,4}"
                    + "(?:offensive|operation|assault|campaign|push|counter-?offensive|counter-?attack|attack|drive)(?:\\s+(?:to\\s+\\w+|for|on|against|into))?",
                    SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.noun(EventType.ADVANCE, "(?:offensive|operation|campaign|push|assault|battle|drive|advance|counter-?offensive)"
                    + "\\s+(?:on|against|toward|towards|into|for\\s+(?:the\\s+)?(?:(?:re-?)?capture\\s+of|liberation\\s+of|liberating|control\\s+of)?"
                    + "|to\\s+(?:retake|recapture|liberate|capture|free|take|recover|clear|reclaim))"),
            new EventTrigger(EventType.ADVANCE, java.util.regex.Pattern.compile(
                    "(?i)(?<![\\w-])(?:offensive|operation|campaign|assault|push|counter-?offensive)(?![\\w-])"),
                    Binding.PLACE_BEFORE_NOUN, Binding.PLACE_BEFORE_NOUN, true),
            // deployment
            EventTrigger.verb(EventType.DEPLOYMENT, "(?:sent|send|sends|sending|deploy(?:ed|s|ing)?|redeploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?"
                    + "|rush(?:ed|es|ing)|shift(?:ed|ing)|transferr(?:ed|ing)|flown|airlifted|relocat(?:ed|es|ing)"
                    + "|(?:station(?:ed|ing)|posted|positioned)(?=\\s+(?:at|in|to|near|along|around|on|inside|outside)\\b)"
                    + "|tasked\\s+with\\s+(?:protecting|guarding|defending|securing)|assigned\\s+to\\s+(?:protect|guard|defend|secure))",
                    SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.DEPLOYMENT, "arriv(?:ed|es|ing)\\s+(?:in|at)|arrive\\s+(?:in|at)|travel(?:l)?(?:ed|ing)\\s+to|went\\s+to|gone\\s+to"
                    + "|(?:came|come|coming)\\s+(?:down\\s+)?(?:to|into)|mov(?:ed|ing)\\s+(?:in)?to|press(?:ed|ing)\\s+into|(?:gather(?:ed|ing)|mass(?:ed|ing)|concentrat(?:ed|ing)|assembl(?:ed|ing))\\s+(?:in|at|near|around|outside|"
                    + "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|NE|NW|SE|SW)(?:\\s+of)?)\\b"
                    + "|took\\s+up\\s+positions\\s+(?:in|at|near|around)|visit(?:ed|ing)",
                    SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.DEPLOYMENT, "(?:is|are|was|were)\\s+(?:now\\s+|already\\s+|currently\\s+)?(?:in|inside)(?!\\s+(?:full\\s+|complete\\s+|total\\s+)?control)", SUBJECT_ACTS, SUBJECT_ACTS),
            // attack
            EventTrigger.verb(EventType.CAPTURE, "(?:declared|claimed|announced|proclaimed)\\s+(?:full\\s+|total\\s+|complete\\s+)?(?:victory|control)(?:\\s+over\\s+[\\w\\s'’-]{1,40}?)?\\s+in",
                    SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.CAPTURE, "(?:is|are|was|were)\\s+(?:now\\s+|already\\s+)?in\\s+(?:full\\s+|complete\\s+|total\\s+)?control\\s+of",
                    SUBJECT_ACTS, SUBJECT_ACTS),
            EventTrigger.verb(EventType.ATTACK, "storm(?:ed|s|ing)?|attacked|bomb(?:ed|s|ing)|shell(?:ed|s|ing)|struck|(?<!air\\s)strik(?:es|ing)|raid(?:ed|ing)|pound(?:ed|s|ing)"
                    + "|massacr(?:ed|ing)|execut(?:ed|ing)|kill(?:ed|ing|s)|shot\\s+dead|shot|blew\\s+up|blowing\\s+up|burn(?:ed|ing|t)\\s+down"
                    + "|ambush(?:ed|ing)|strafed|hit|staged|carried\\s+out|conducted|mounted",
                    SUBJECT_ACTS, SUBJECT_IS_PLACE),
            EventTrigger.noun(EventType.ATTACK, "(?:air\\s*strikes?|airstrikes?|strikes?|bombing\\s+raids?|bombing|bombardment|raids?|attacks?|assaults?"
                    + "|shelling|massacre|car\\s+bombs?|suicide\\s+(?:bombing|attack)s?)\\s+(?:on|against|in|at|targeting)"));

    private static final java.util.regex.Pattern DETERMINER_BEFORE =
            java.util.regex.Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her|our|this|that)\\s+$");

    /** The trigger matches in {@code text[from, to)}, in text order, without overlaps. */
    List<TriggerMatch> find(String text, int from, int to) {
        List<TriggerMatch> found = new ArrayList<>();
        for (EventTrigger t : triggers) {
            Matcher m = t.pattern().matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                found.add(new TriggerMatch(t, m.start(), m.end()));
            }
        }
        // on a tie the noun reading wins when the text has a determiner before it ("their advance on X")
        found.sort(Comparator.comparingInt((TriggerMatch m) -> m.end() - m.start()).reversed()
                .thenComparing(m -> m.trigger().nominal() != determinerBefore(text, m.start()))
                .thenComparingInt(TriggerMatch::start));
        List<TriggerMatch> kept = new ArrayList<>();
        for (TriggerMatch m : found) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(TriggerMatch::start));
        return kept;
    }

    private static boolean determinerBefore(String text, int start) {
        return DETERMINER_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /** A trigger found at {@code [start, end)}. */
    record TriggerMatch(EventTrigger trigger, int start, int end) {
    }
}
