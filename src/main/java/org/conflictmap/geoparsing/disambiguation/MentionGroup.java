package org.conflictmap.geoparsing.disambiguation;

import java.util.ArrayList;
import java.util.List;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.PlaceMention;

/**
 * All mentions of one name (same key and generic-word hint) in one text, resolved together: a name
 * means one place per article. Holds a running score per candidate that the passes add to.
 * Not thread-safe; lives for one resolution.
 */
public final class MentionGroup {

    private final String key;
    private final PlaceKind kindHint;
    private final List<PlaceMention> mentions = new ArrayList<>();
    private final List<Place> candidates;
    private final double[] scores;
    private boolean rejected;

    MentionGroup(String key, PlaceKind kindHint, List<Place> candidates) {
        this.key = key;
        this.kindHint = kindHint;
        this.candidates = List.copyOf(candidates);
        this.scores = new double[candidates.size()];
    }

    public String key() {
        return key;
    }

    public PlaceKind kindHint() {
        return kindHint;
    }

    public List<PlaceMention> mentions() {
        return mentions;
    }

    public List<Place> candidates() {
        return candidates;
    }

    public double score(int candidate) {
        return scores[candidate];
    }

    public void add(int candidate, double delta) {
        scores[candidate] += delta;
    }

    /** Index of the best-scoring candidate (the first on ties). */
    public int best() {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    public Place bestPlace() {
        return candidates.get(best());
    }

    /** Margin of the best over the runner-up, or +infinity with one candidate. */
    public double margin() {
        if (scores.length < 2) {
            return Double.POSITIVE_INFINITY;
        }
        int best = best();
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (i != best) {
                second = Math.max(second, scores[i]);
            }
        }
        return scores[best] - second;
    }

    /** True when a pass found the name implausible as a place here; its mentions are dropped. */
    public boolean rejected() {
        return rejected;
    }

    public void reject() {
        rejected = true;
    }

    void addMention(PlaceMention m) {
        mentions.add(m);
    }
}
