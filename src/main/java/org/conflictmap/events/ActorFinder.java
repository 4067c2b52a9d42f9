package org.conflictmap.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the factions that act in a clause: the nearest faction before the trigger that is not a backer
 * ("supported by", "trained by") nor inside a prepositional phrase, with the factions coordinated to it
 * ("the army and the Peshmerga", "a Guards unit fought alongside the army and helped retake ...");
 * and the faction after a trigger ("fell to ISIS", "by Shiite militias"). Thread-safe.
 */
final class ActorFinder {

    private static final Pattern ACTOR_COORDINATION = Pattern.compile(
            "(?i)^\\s*(?:,|,?\\s*and|,?\\s*as\\s+well\\s+as|,?\\s*along\\s+with|,?\\s*together\\s+with|,?\\s*plus|&)"
                    + "\\s*(?:(?:the|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,3}$");
    private static final Pattern ACTOR_JOIN = Pattern.compile(
            "(?i)^[^;:]{0,80}?\\b(?:alongside|together\\s+with|along\\s+with|with|helped|assisted|aided|joined)\\s+(?:(?:the|an?|its|their)\\s+)?$");
    private static final Pattern BACKER_PHRASE = Pattern.compile(
            "(?i)\\b(?:backed|supported|aided|assisted|helped|trained|armed|advised|funded|cadred|accompanied|covered|led)\\s+by[^,;:]{0,60}$");
    private static final Pattern BACKER = Pattern.compile(
            "(?i)(?:\\bwith\\s+(?:the\\s+)?(?:help|support|backing|assistance|cover)\\s+(?:of|from)|\\bagainst|\\bfighting|\\bunder"
                    + "|(?<!(?:fighters|militants|members|units|troops|forces|gunmen|elements|soldiers|militiamen|men|jihadists)\\s)\\bfrom|\\bthe\\s+hands\\s+of|\\bpro-|\\bby)\\s+(?:[\\w'’-]+\\s+){0,3}$");
    private static final Pattern INSIDE_PREPOSITIONAL_PHRASE = Pattern.compile(
            "(?i)\\b(?:of|in|at|on|alongside|with|to|from|by|for|against|under)\\s+(?:(?:the|an?)\\s+)?(?:[\\w'’-]+\\s+){0,2}$");

    /** The faction nearest before the trigger in [from, to) that is not a backer, with those coordinated to it. */
    List<FactionMention> actorsBefore(SentenceView view, int from, int to) {
        List<FactionMention> inSpan = view.factions().stream().filter(f -> f.start() >= from && f.end() <= to).toList();
        List<FactionMention> result = new ArrayList<>();
        boolean previousExcluded = false;
        FactionMention previous = null;
        List<FactionMention> eligible = new ArrayList<>();
        for (FactionMention f : inSpan) {
            boolean coordinated = previous != null && ArgumentBinder.COORDINATION.matcher(view.between(previous.end(), f.start())).find();
            boolean excluded = isBacker(view, Math.max(from, f.start() - 60), f.start())
                    || (coordinated && previousExcluded);
            if (!excluded) {
                eligible.add(f);
            }
            previousExcluded = excluded;
            previous = f;
        }
        if (eligible.isEmpty()) {
            return result;
        }
        FactionMention nearest = eligible.get(eligible.size() - 1);
        result.add(nearest);
        List<FactionMention> earlier = view.factions().stream().filter(f -> f.end() <= nearest.start()).toList();
        int gapEnd = nearest.start();
        boolean afterBackerPhrase = false;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            FactionMention f = earlier.get(i);
            String gap = view.between(f.end(), gapEnd);
            if (afterBackerPhrase && gap.isBlank()) {
                // the head of "militias cadred by Quds Forces, and army units": coordinated with the later actor
                result.add(0, f);
                gapEnd = f.start();
                afterBackerPhrase = false;
                continue;
            }
            afterBackerPhrase = false;
            int windowStart = Math.max(view.sentence().start(), f.start() - 60);
            Matcher backer = BACKER_PHRASE.matcher(view.between(windowStart, f.start()));
            boolean found = backer.find();
            if (!found) {
                backer = BACKER.matcher(view.between(windowStart, f.start()));
                found = backer.find();
            }
            if (found) {
                // a backer phrase between two actors ("militias cadred by Quds Forces, and army units") is skipped over
                int phraseStart = windowStart + backer.start();
                if (ACTOR_COORDINATION.matcher(gap).find() || ArgumentBinder.COORDINATION.matcher(gap).find()) {
                    gapEnd = phraseStart;
                    afterBackerPhrase = true;
                    continue;
                }
                break;
            }
            boolean object = INSIDE_PREPOSITIONAL_PHRASE.matcher(view.between(Math.max(view.sentence().start(), f.start() - 30), f.start())).find();
            if (!object && (ACTOR_COORDINATION.matcher(gap).find() || ACTOR_JOIN.matcher(gap).find())) {
                result.add(0, f);
                gapEnd = f.start();
            } else {
                break;
            }
        }
        return result.stream().filter(distinctIds()).toList();
    }

    private static Predicate<FactionMention> distinctIds() {
        Set<String> seen = new HashSet<>();
        return f -> seen.add(f.factionId());
    }

    List<FactionMention> firstFactionAfter(SentenceView view, int from, String gapRegex) {
        Pattern gap = Pattern.compile(gapRegex);
        return view.factions().stream()
                .filter(f -> f.start() >= from && f.start() - from <= 90 && gap.matcher(view.between(from, f.start())).find())
                .limit(1).toList();
    }

    private static boolean isBacker(SentenceView view, int from, int to) {
        String before = view.between(from, to);
        return BACKER_PHRASE.matcher(before).find() || BACKER.matcher(before).find();
    }

    /** The first faction after {@code from} whose gap matches, with the factions coordinated after it ("by X, Y and Z"). */
    List<FactionMention> factionsAfter(SentenceView view, int from, String gapRegex) {
        List<FactionMention> first = firstFactionAfter(view, from, gapRegex);
        if (first.isEmpty()) {
            return first;
        }
        List<FactionMention> result = new ArrayList<>(first);
        for (FactionMention f : view.factions()) {
            FactionMention last = result.get(result.size() - 1);
            if (f.start() >= last.end() && ACTOR_COORDINATION.matcher(view.between(last.end(), f.start())).find()) {
                result.add(f);
            }
        }
        return result.stream().filter(distinctIds()).toList();
    }

    String targetAfter(SentenceView view, int from, int to, List<FactionMention> actors) {
        return view.factions().stream()
                .filter(f -> f.start() >= from && f.end() <= to && f.start() - from <= 60)
                .filter(f -> actors.stream().noneMatch(a -> a.factionId().equals(f.factionId())))
                .map(FactionMention::factionId).findFirst().orElse(null);
    }
}
