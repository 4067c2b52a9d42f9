package org.conflictmap.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Dates an article ties to a place outside any event sentence: the day an operation against the place
 * began ("the Mosul offensive began on Oct. 17", "the campaign to retake Hit started on March 24") and a
 * time phrase written right after the place ("Ramadi a few months ago and Tikrit last year"). Events at
 * that place whose own sentence has no time phrase take this date instead of the publication default.
 * Filled sentence by sentence; not thread-safe (one per extraction).
 */
final class PlaceDates {

    private static final Pattern OPERATION_BEGAN = Pattern.compile(
            "(?i)\\b(?:offensive|operation|campaign|assault|battle|push)\\b.{0,120}?\\b(?:began|begun|started|launched|kicked\\s+off|got\\s+under\\s*way|opened)\\b"
                    + "|\\b(?:began|begun|started|launched|kicked\\s+off|opened)\\b.{0,40}?\\b(?:offensive|operation|campaign|assault|battle|push)\\b");
    private static final Pattern PLACE_THEN_OPERATION = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+)?(?:offensive|operation|campaign|assault|battle|liberation)\\b");
    private static final Pattern OPERATION_THEN_PLACE = Pattern.compile(
            "(?i)\\b(?:offensive|operation|campaign|assault|battle|push)\\s+(?:on|for|against|into|to\\s+\\w+)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,4}$");
    private static final Pattern BEGAN = Pattern.compile("(?i)\\b(?:began|begun|started|launched|kicked\\s+off|got\\s+under\\s*way|opened)\\b");
    private static final Pattern ADJACENT = Pattern.compile("^\\s{0,2}$");

    private final Map<String, EventDate> byPlace = new HashMap<>();

    /** Learns the place dates a sentence states. */
    void learn(SentenceView view, List<TemporalExpression> times) {
        if (times.isEmpty()) {
            return;
        }
        String text = view.between(view.sentence().start(), view.sentence().end());
        Matcher beganMatch = BEGAN.matcher(text);
        boolean began = OPERATION_BEGAN.matcher(text).find() && beganMatch.find();
        int beganAt = began ? view.sentence().start() + beganMatch.start() : -1;
        for (ResolvedMention p : view.places()) {
            if (began && (PLACE_THEN_OPERATION.matcher(view.between(p.end(), Math.min(view.sentence().end(), p.end() + 40))).find()
                    || OPERATION_THEN_PLACE.matcher(view.between(Math.max(view.sentence().start(), p.start() - 80), p.start())).find())) {
                byPlace.put(p.place().id(), nearestTo(beganAt, times).date());
                continue;
            }
            for (TemporalExpression t : times) {
                if (t.start() >= p.end() && ADJACENT.matcher(view.between(p.end(), t.start())).find()) {
                    byPlace.put(p.place().id(), t.date());
                }
            }
        }
    }

    Optional<EventDate> dateOf(ResolvedMention place) {
        return Optional.ofNullable(byPlace.get(place.place().id()));
    }

    /** The time phrase nearest the verb of beginning, preferring one after it ("began on Oct. 17"). */
    private static TemporalExpression nearestTo(int offset, List<TemporalExpression> times) {
        TemporalExpression best = times.get(0);
        for (TemporalExpression t : times) {
            if (distance(offset, t) < distance(offset, best)) {
                best = t;
            }
        }
        return best;
    }

    private static int distance(int offset, TemporalExpression t) {
        return t.start() >= offset ? t.start() - offset : 2 * (offset - t.end());
    }
}
