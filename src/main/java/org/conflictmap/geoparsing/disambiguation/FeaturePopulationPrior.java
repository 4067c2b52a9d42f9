package org.conflictmap.geoparsing.disambiguation;

import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.PlaceMention;

/**
 * The prior before any context: countries over provinces over regions over features, towns by the
 * log of their population with a bonus for capitals and provincial seats; a generic word in the
 * text ("Province", "River") favours the matching kind; a place whose own name is the one written
 * beats one that only lists it among alternate names; a spelling-variant match costs a little; and
 * a name that is a country's name means the country.
 */
public final class FeaturePopulationPrior implements ResolutionPass {

    /** A name that is a country's name means the country: other places carrying it lose this much. */
    static final double COUNTRY_NAME_PENALTY = 6.0;
    /** Small: GeoNames gives many large towns their local name (Genève), English uses another. */
    static final double NAME_BONUS = 0.5;

    private final NameNormalizer normalizer = new NameNormalizer();

    @Override
    public void apply(ResolutionContext context) {
        for (MentionGroup g : context.groups()) {
            PlaceMention first = g.mentions().get(0);
            boolean countryName = false;
            for (int i = 0; i < first.exactCount(); i++) {
                countryName |= g.candidates().get(i).kind() == PlaceKind.COUNTRY;
            }
            for (int i = 0; i < g.candidates().size(); i++) {
                Place p = g.candidates().get(i);
                double s = prior(p) + hintBonus(g.kindHint(), p.kind());
                if (first.isVariant(i)) {
                    s -= 1.0;
                } else if (normalizer.name(p.name()).equals(g.key())) {
                    s += NAME_BONUS;
                }
                if (countryName && p.kind() != PlaceKind.COUNTRY) {
                    s -= COUNTRY_NAME_PENALTY;
                }
                g.add(i, s);
            }
        }
    }

    static double prior(Place p) {
        double s = switch (p.kind()) {
            case COUNTRY -> 8.0;
            case ADMIN1 -> 4.5;
            case REGION -> 5.0;
            case FEATURE -> 3.5;
            case CITY -> Math.log10(p.population() + 100.0);
        };
        String code = p.featureCode();
        if (code.equals("PPLC")) {
            s += 1.5;
        } else if (code.equals("PPLA")) {
            s += 0.7;
        } else if (code.equals("PPLA2")) {
            s += 0.3;
        }
        if (p.geonameId() == null && p.kind() == PlaceKind.CITY) {
            s += 1.0;
        }
        return s;
    }

    private static double hintBonus(PlaceKind hint, PlaceKind kind) {
        if (hint == null) {
            return 0;
        }
        if (hint == kind) {
            return 4.0;
        }
        if (hint == PlaceKind.REGION && kind == PlaceKind.ADMIN1) {
            return 2.0;
        }
        return hint == PlaceKind.CITY ? 0 : -1.0;
    }
}
