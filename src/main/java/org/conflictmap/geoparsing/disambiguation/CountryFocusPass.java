package org.conflictmap.geoparsing.disambiguation;

import java.util.HashMap;
import java.util.Map;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * The article's country focus: every other name's current best reading and every demonym ("Iraqi")
 * vote for a country, names read with a clear margin counting fully and doubtful ones by half. A
 * candidate gains in proportion to its country's share of the votes, excluding the votes of its own
 * name, so a name cannot vote for itself. Samara in an article about Iraq becomes Samarra. Country
 * entries gain nothing: a country's name means the country wherever the article is set.
 */
public final class CountryFocusPass implements ResolutionPass {

    static final double WEIGHT = 4.0;

    @Override
    public void apply(ResolutionContext context) {
        Map<String, Double> votes = new HashMap<>();
        Map<MentionGroup, String> own = new HashMap<>();
        Map<MentionGroup, Double> ownWeight = new HashMap<>();
        double total = 0;
        for (MentionGroup g : context.groups()) {
            Place p = g.bestPlace();
            if (p.countryCode().isEmpty()) {
                continue;
            }
            double w = (g.margin() > 1.5 ? 1.0 : 0.5) * Math.min(3, g.mentions().size());
            votes.merge(p.countryCode(), w, Double::sum);
            own.put(g, p.countryCode());
            ownWeight.put(g, w);
            total += w;
        }
        for (Map.Entry<String, Integer> d : context.demonymCountries().entrySet()) {
            double w = Math.min(3, d.getValue());
            votes.merge(d.getKey(), w, Double::sum);
            total += w;
        }
        for (MentionGroup g : context.groups()) {
            double ownW = ownWeight.getOrDefault(g, 0.0);
            double rest = total - ownW;
            if (rest <= 0) {
                continue;
            }
            for (int i = 0; i < g.candidates().size(); i++) {
                String cc = g.candidates().get(i).countryCode();
                if (cc.isEmpty() || g.candidates().get(i).kind() == PlaceKind.COUNTRY) {
                    continue;
                }
                double v = votes.getOrDefault(cc, 0.0) - (cc.equals(own.get(g)) ? ownW : 0.0);
                g.add(i, WEIGHT * v / rest);
            }
        }
    }
}
