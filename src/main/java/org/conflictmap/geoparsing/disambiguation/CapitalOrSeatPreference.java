package org.conflictmap.geoparsing.disambiguation;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * A name shared by a province and its seat (Kirkuk, Karbala, Najaf) means the town unless the text
 * says "Province": articles name the town far more often. The province loses ground rather than the
 * town gaining it, so the choice between this town and unrelated namesakes elsewhere is untouched.
 */
public final class CapitalOrSeatPreference implements ResolutionPass {

    static final double PROVINCE_PENALTY = 2.0;

    @Override
    public void apply(ResolutionContext context) {
        for (MentionGroup g : context.groups()) {
            if (g.kindHint() != null) {
                continue;
            }
            for (int i = 0; i < g.candidates().size(); i++) {
                Place province = g.candidates().get(i);
                if (province.kind() == PlaceKind.ADMIN1 && hasSeat(g, province)) {
                    g.add(i, -PROVINCE_PENALTY);
                }
            }
        }
    }

    private static boolean hasSeat(MentionGroup g, Place province) {
        for (Place city : g.candidates()) {
            if (city.kind() == PlaceKind.CITY && city.featureCode().equals("PPLA")
                    && city.countryCode().equals(province.countryCode())
                    && city.admin1Code().equals(province.admin1Code())) {
                return true;
            }
        }
        return false;
    }
}
