package org.conflictmap.geoparsing.disambiguation;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * A name shared by a province and its seat (Kirkuk, Karbala, Najaf) means the town unless the
 * text says "Province": articles name the town far more often. Where the province has no such town,
 * the prior already favours it.
 */
public final class CapitalOrSeatPreference implements ResolutionPass {

    @Override
    public void apply(ResolutionContext context) {
        for (MentionGroup g : context.groups()) {
            if (g.kindHint() != null) {
                continue;
            }
            for (int i = 0; i < g.candidates().size(); i++) {
                Place city = g.candidates().get(i);
                if (city.kind() != PlaceKind.CITY || !city.featureCode().equals("PPLA")) {
                    continue;
                }
                for (Place other : g.candidates()) {
                    if (other.kind() == PlaceKind.ADMIN1 && other.countryCode().equals(city.countryCode())
                            && other.admin1Code().equals(city.admin1Code())) {
                        g.add(i, 2.0);
                        break;
                    }
                }
            }
        }
    }
}
