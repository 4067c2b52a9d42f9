package org.conflictmap.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Gapping: "Army units attack the centre from the north; militias from the south." The second clause has no
 * verb of its own and repeats the first clause's event for the faction it names. Stateless.
 */
final class GappedClauses {

    private static final Pattern GAPPED_CLAUSE = Pattern.compile("(?i)^\\s*(?:and\\s+)?(?:the\\s+)?[\\w'’ -]+?\\s+(?:from|in|on|at|to)\\s+[\\w'’ -]+\\.?\\s*$");

    private GappedClauses() {
    }

    /**
     * "Army units attack from the north; militias from the south": a short clause after a semicolon that names
     * a faction but has no verb of its own repeats the previous clause's event for that faction.
     */
    static void extend(SentenceView view, List<TriggerLexicon.TriggerMatch> matches,
                                        List<ConflictEvent> found, List<Boolean> foundDefault) {
        Sentence s = view.sentence();
        int semicolon = s.text().lastIndexOf(';');
        if (semicolon < 0 || found.isEmpty()) {
            return;
        }
        int clauseStart = s.start() + semicolon + 1;
        String clause = view.between(clauseStart, s.end());
        boolean hasTrigger = matches.stream().anyMatch(m -> m.start() >= clauseStart);
        if (hasTrigger || clause.strip().split("\\s+").length > 10 || !GAPPED_CLAUSE.matcher(clause).find()) {
            return;
        }
        ConflictEvent model = found.get(found.size() - 1);
        boolean modelDefault = foundDefault.get(foundDefault.size() - 1);
        view.factions().stream().filter(f -> f.start() >= clauseStart && !f.factionId().equals(model.actor())).findFirst()
                .ifPresent(f -> {
                    found.add(new ConflictEvent(model.type(), f.factionId(), null, model.place(), model.origin(), model.date(),
                            Math.round(model.confidence() * 80) / 100.0, model.evidence()));
                    foundDefault.add(modelDefault);
                });
    }
}
