package org.conflictmap.geoparsing.disambiguation;

import java.util.HashSet;
import java.util.Set;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.PlaceMention;

/**
 * Rejects a name whose best reading is a small town or a minor feature far from everything else the
 * article mentions, in a country the article does not otherwise name, with no locative word ("in",
 * "near") before any of its mentions. Such matches are nearly always a person or a word that happens
 * to be a town's name somewhere ("Obama", "Truman"). A name matched only as a spelling variant is
 * held to the same test whatever the size of the place, and so is one only ever written in lower case.
 * A village (under 10,000 people) must lie within 300 km of the rest of the article, a town within 1,000.
 * Runs last, on the final choices.
 */
public final class RemoteSmallPlaceFilter implements ResolutionPass {

    static final long SMALL_POPULATION = 100_000;
    static final double REMOTE_KM = 1000;
    static final double VARIANT_REMOTE_KM = 600;
    /** A village has to lie much nearer to the rest of the article than a town to be believed. */
    static final long VILLAGE_POPULATION = 10_000;
    static final double VILLAGE_REMOTE_KM = 300;

    @Override
    public void apply(ResolutionContext context) {
        for (MentionGroup g : context.groups()) {
            Place p = g.bestPlace();
            Set<String> countries = new HashSet<>(context.demonymCountries().keySet());
            for (MentionGroup o : context.groups()) {
                Place q = o.bestPlace();
                if (o != g && (q.kind() == PlaceKind.COUNTRY || q.kind() == PlaceKind.ADMIN1)) {
                    countries.add(q.countryCode());
                }
            }
            boolean variantOnly = g.mentions().get(0).variant() || lowerCase(g);
            if (!(small(p) || variantOnly) || locative(g) || countries.contains(p.countryCode())
                    || nearOther(context, g, p, village(p) ? VILLAGE_REMOTE_KM : variantOnly ? VARIANT_REMOTE_KM : REMOTE_KM)) {
                continue;
            }
            g.reject();
        }
    }

    private static boolean small(Place p) {
        return p.geonameId() != null && (p.kind() == PlaceKind.CITY && p.population() < SMALL_POPULATION
                || p.kind() == PlaceKind.FEATURE);
    }

    private static boolean village(Place p) {
        return p.geonameId() != null && p.kind() == PlaceKind.CITY && p.population() < VILLAGE_POPULATION;
    }

    private static boolean lowerCase(MentionGroup g) {
        for (PlaceMention m : g.mentions()) {
            if (Character.isUpperCase(m.surface().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean locative(MentionGroup g) {
        for (PlaceMention m : g.mentions()) {
            if (m.locative()) {
                return true;
            }
        }
        return false;
    }

    /** Near another name's reading that stands on its own (not itself a small unsupported town). */
    private static boolean nearOther(ResolutionContext context, MentionGroup g, Place p, double km) {
        for (MentionGroup o : context.groups()) {
            if (o == g || o.rejected()) {
                continue;
            }
            Place q = o.bestPlace();
            boolean anchor = !small(q) && !o.mentions().get(0).variant() || locative(o);
            if (anchor && q.kind() != PlaceKind.COUNTRY && q.kind() != PlaceKind.REGION && SpatialCoherencePass.km(p, q) <= km) {
                return true;
            }
        }
        return false;
    }
}
