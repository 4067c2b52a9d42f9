package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a control claim speaks of. A present-tense statement speaks of the anchor day (publication, or
 * the post's date line) with day precision. A past-tense one takes the sentence's time phrase; without
 * one, a narrative past ("the town was back under army control") takes the anchor week, but a pluperfect,
 * a past verb ("ISIS held Mosul") or a past bounded by a length or an end gives nothing. A noun phrase
 * ("ISIS-held Mosul") takes a time phrase of its own clause, else the anchor week; a past capture in a
 * relative clause is still held at the anchor week. "Since T" adds T, the day the holding began; when the
 * sentence also undoes the holding only T is left. Phrases after "until", "by", "from", "before" and
 * "after" never date a holding. Stateless.
 */
final class ClaimDating {

    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:[\\w,]+\\s+){0,2}$");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:until|till|before|after|from|by)\\s+(?:[\\w,]+\\s+){0,2}$");
    /** A past state with a bound or a length is over: "was under X rule for three years", "until July". */
    private static final Pattern FINISHED = Pattern.compile("(?i)\\b(?:until|till|for\\s+(?:more\\s+than\\s+|nearly\\s+|almost\\s+|about\\s+|over\\s+)?"
            + "(?:[\\w-]+\\s+)?(?:years?|months?|weeks?))\\b");
    private static final Pattern PRESENT_PERFECT = Pattern.compile("(?i)\\b(?:has|have)\\s");
    private static final Pattern PLUPERFECT = Pattern.compile("(?i)\\bhad\\s");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:()–—]|\\s-\\s|,\\s+(?:which|who|when|while|after|before|as|but)\\b");

    private ClaimDating() {
    }

    /**
     * @param at     article offset of the match
     * @param times  the sentence's time phrases
     * @param undone whether the sentence undoes a holding ("in ISIS hands since June, was retaken on Tuesday")
     * @return the days, possibly none
     */
    static List<EventDate> dates(ClaimConstruction.Timing timing, Matcher m, int at, String text, Sentence s, List<TemporalExpression> times,
                                 LocalDate anchor, boolean undone) {
        boolean pastVerb = ClaimConstruction.group(m, "pastv") != null && !PRESENT_PERFECT.matcher(m.group()).find();
        boolean past = pastVerb || (ClaimConstruction.group(m, "past") != null || ClaimConstruction.group(m, "past2") != null) && !PRESENT_PERFECT.matcher(m.group()).find();
        boolean pluperfect = past && PLUPERFECT.matcher(m.group()).find();
        List<TemporalExpression> usable = new ArrayList<>();
        List<EventDate> since = new ArrayList<>();
        for (TemporalExpression t : times) {
            String before = text.substring(Math.max(s.start(), t.start() - 12), t.start());
            String own = text.substring(t.start(), t.end());
            if (SINCE.matcher(before).find() || own.regionMatches(true, 0, "since", 0, 5)) {
                since.add(t.date());
            } else if (!BOUND_BEFORE.matcher(before).find() && !own.matches("(?is)^(?:until|till|by|from)\\b.*")) {
                usable.add(t);
            }
        }
        List<EventDate> out = new ArrayList<>();
        if (undone || timing == ClaimConstruction.Timing.STATE && past) {
            if (!undone) {
                EventDate when = nearest(usable, at);
                if (when != null) {
                    out.add(when);
                } else if (!pluperfect && !pastVerb && since.isEmpty()
                        && !FINISHED.matcher(text.substring(s.start(), s.end())).find()) {
                    // the narrative past of a report speaks of the days just before it
                    out.add(new EventDate(anchor, DatePrecision.WEEK));
                }
            }
            out.addAll(since);
            return out;
        }
        switch (timing) {
            case STATE -> out.add(new EventDate(anchor, DatePrecision.DAY));
            case ATTRIBUTIVE -> {
                // a noun phrase takes a time phrase of its own clause only: "jets struck ISIS-held Ramadi in 2015"
                List<TemporalExpression> sameClause = usable.stream().filter(t -> sameClause(text, t, at)).toList();
                out.add(sameClause.isEmpty() ? new EventDate(anchor, DatePrecision.WEEK) : nearest(sameClause, at));
            }
            case RESULT -> out.add(new EventDate(anchor, DatePrecision.WEEK));
        }
        out.addAll(since);
        return out;
    }

    private static boolean sameClause(String text, TemporalExpression t, int at) {
        String between = t.end() <= at ? text.substring(t.end(), at) : text.substring(at, t.start());
        return between.length() <= 80 && !CLAUSE_BREAK.matcher(between).find();
    }

    private static EventDate nearest(List<TemporalExpression> times, int offset) {
        TemporalExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TemporalExpression t : times) {
            int d = t.end() <= offset ? offset - t.end() : t.start() - offset;
            if (Math.abs(d) < bestDistance) {
                best = t;
                bestDistance = Math.abs(d);
            }
        }
        return best == null ? null : best.date();
    }
}
