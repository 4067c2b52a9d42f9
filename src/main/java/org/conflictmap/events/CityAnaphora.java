package org.conflictmap.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;

/**
 * "The city", "this town", "the besieged city" standing for a town named before: the town the article has
 * named most often up to there (a report's "the city" is its subject), the first named of those on a tie,
 * if named within the last 1,500 characters. Not "the city of X", which names X itself. Stateless.
 */
final class CityAnaphora {

    private static final Pattern ANAPHOR = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}?(?:city|town)\\b(?!\\s+of\\b|['’-])");
    private static final int ANAPHOR_REACH = 1500;

    private CityAnaphora() {
    }

    /** Anaphoric slots in the sentence, each standing for its town. */
    static List<MaskedSentence.Slot> find(String text, Sentence s, List<ResolvedMention> places) {
        List<MaskedSentence.Slot> found = new ArrayList<>();
        Matcher m = ANAPHOR.matcher(text.substring(s.start(), s.end()));
        while (m.find()) {
            int at = s.start() + m.start();
            List<ResolvedMention> before = places.stream().filter(p -> p.end() <= at && p.place().kind() == PlaceKind.CITY).toList();
            Map<String, Integer> counts = new LinkedHashMap<>();
            before.forEach(p -> counts.merge(p.place().id(), 1, Integer::sum));
            ResolvedMention chosen = null;
            for (ResolvedMention p : before) {
                boolean inReach = before.stream().anyMatch(q -> q.place().id().equals(p.place().id()) && at - q.end() < ANAPHOR_REACH);
                if (inReach && (chosen == null || counts.get(p.place().id()) > counts.get(chosen.place().id()))) {
                    chosen = p;
                }
            }
            if (chosen != null) {
                found.add(new MaskedSentence.Slot(at, s.start() + m.end(), null, chosen, true));
            }
        }
        return found;
    }
}
