package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Settles reports of one place that contradict each other: two assertions (gains or holdings) by
 * non-allied factions, from different articles, whose dates lie within the finer of their precision
 * windows. When one is more confident by more than the override margin, the weaker is dropped; when
 * not, both stay and the pair opens a contest window. A retake dated after a capture is its sequel,
 * never a conflicting report.
 */
final class ConflictResolver {

    /** The facts that stand, and the contradictions that make the place contested. */
    record Resolution(List<ControlFact> kept, List<Contest> contests) {
    }

    private final FactionAlignment alignment;
    private final ControlOptions options;

    ConflictResolver(FactionAlignment alignment, ControlOptions options) {
        this.alignment = alignment;
        this.options = options;
    }

    Resolution resolve(List<ControlFact> facts) {
        List<ControlFact> assertions = facts.stream().filter(ControlFact::isAssertion).toList();
        List<ControlFact> kept = new ArrayList<>();
        for (ControlFact fact : facts) {
            boolean overruled = fact.isAssertion() && assertions.stream()
                    .anyMatch(other -> conflicting(fact, other) && other.confidence() - fact.confidence() > options.overrideMargin());
            if (!overruled) {
                kept.add(fact);
            }
        }
        List<Contest> contests = new ArrayList<>();
        List<ControlFact> standing = kept.stream().filter(ControlFact::isAssertion).toList();
        for (int i = 0; i < standing.size(); i++) {
            for (int j = i + 1; j < standing.size(); j++) {
                ControlFact a = standing.get(i);
                ControlFact b = standing.get(j);
                if (conflicting(a, b)) {
                    contests.add(contest(a, b));
                }
            }
        }
        return new Resolution(kept, contests);
    }

    private boolean conflicting(ControlFact a, ControlFact b) {
        return !alignment.allied(a.faction(), b.faction()) && !a.sharesArticleWith(b) && a.withinWindowOf(b)
                && !retakes(a, b) && !retakes(b, a);
    }

    /** A retake after an enemy's capture tells the sequel of that capture, not a rival version of it. */
    private static boolean retakes(ControlFact later, ControlFact earlier) {
        return later.retake() && earlier.role() == ControlSource.Role.GAINED && later.date().isAfter(earlier.date());
    }

    private static Contest contest(ControlFact a, ControlFact b) {
        LocalDate first = a.date().isBefore(b.date()) ? a.date() : b.date();
        LocalDate last = a.date().isBefore(b.date()) ? b.date() : a.date();
        List<ControlSource> sources = new ArrayList<>(a.support());
        sources.addAll(b.support());
        return new Contest(first, last, sources);
    }
}
