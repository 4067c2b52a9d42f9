package org.conflictmap.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one event per (type, actor, place, date) in a document, the most confident one. An event dated only
 * by the publication default is also dropped when the same type, actor and place carries a date stated in
 * the text within a week of it: the stated one is the same fact, better dated. Stateless.
 */
final class EventDeduplicator {

    List<ConflictEvent> deduplicate(List<ConflictEvent> events, List<Boolean> defaultDated) {
        Map<String, Integer> best = new LinkedHashMap<>();
        List<ConflictEvent> kept = new ArrayList<>();
        List<Boolean> keptDefault = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ConflictEvent e = events.get(i);
            String key = key(e) + "|" + e.date().date();
            Integer at = best.get(key);
            if (at == null) {
                best.put(key, kept.size());
                kept.add(e);
                keptDefault.add(defaultDated.get(i));
            } else if (e.confidence() > kept.get(at).confidence()) {
                kept.set(at, e);
                keptDefault.set(at, keptDefault.get(at) && defaultDated.get(i));
            }
        }
        List<ConflictEvent> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            ConflictEvent e = kept.get(i);
            if (keptDefault.get(i) && hasStatedTwin(e, kept, keptDefault)) {
                continue;
            }
            result.add(e);
        }
        return result;
    }

    private static boolean hasStatedTwin(ConflictEvent e, List<ConflictEvent> all, List<Boolean> defaultDated) {
        for (int j = 0; j < all.size(); j++) {
            ConflictEvent o = all.get(j);
            if (!defaultDated.get(j) && key(o).equals(key(e))
                    && Math.abs(o.date().date().toEpochDay() - e.date().date().toEpochDay()) <= 7) {
                return true;
            }
        }
        return false;
    }

    private static String key(ConflictEvent e) {
        return e.type() + "|" + e.actor() + "|" + e.place().place().id();
    }
}
