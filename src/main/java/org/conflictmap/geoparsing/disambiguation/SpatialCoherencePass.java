package org.conflictmap.geoparsing.disambiguation;

import java.util.ArrayList;
import java.util.List;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * Places in one article lie near each other: a candidate gains by the share of the other names'
 * current best readings (towns, provinces and features, not countries or regions) that lie within
 * {@value #NEAR_KM} km of it.
 */
public final class SpatialCoherencePass implements ResolutionPass {

    static final double NEAR_KM = 400;
    static final double WEIGHT = 3.0;

    @Override
    public void apply(ResolutionContext context) {
        List<Place> anchors = new ArrayList<>();
        List<MentionGroup> owners = new ArrayList<>();
        for (MentionGroup g : context.groups()) {
            Place p = g.bestPlace();
            if (p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.REGION) {
                anchors.add(p);
                owners.add(g);
            }
        }
        if (anchors.size() < 2) {
            return;
        }
        for (MentionGroup g : context.groups()) {
            if (g.candidates().size() < 2) {
                continue;
            }
            int others = 0;
            for (MentionGroup o : owners) {
                if (o != g) {
                    others++;
                }
            }
            if (others == 0) {
                continue;
            }
            for (int i = 0; i < g.candidates().size(); i++) {
                Place c = g.candidates().get(i);
                int near = 0;
                for (int k = 0; k < anchors.size(); k++) {
                    if (owners.get(k) != g && km(c, anchors.get(k)) <= NEAR_KM) {
                        near++;
                    }
                }
                g.add(i, WEIGHT * near / others);
            }
        }
    }

    static double km(Place a, Place b) {
        double p = Math.PI / 180;
        double h = Math.pow(Math.sin((b.lat() - a.lat()) * p / 2), 2)
                + Math.cos(a.lat() * p) * Math.cos(b.lat() * p) * Math.pow(Math.sin((b.lon() - a.lon()) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }
}
