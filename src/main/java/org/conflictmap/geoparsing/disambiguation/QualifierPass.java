package org.conflictmap.geoparsing.disambiguation;

import java.util.List;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.PlaceMention;

/**
 * "Paris, Texas", "Lebanon, Pennsylvania", "Halabja in Sulaymaniyah": when a name is followed by a
 * comma or "in" and another place name that can be a country or province, candidates inside that
 * country or province gain strongly, and the qualifier itself is pushed towards the reading that
 * contains one of the candidates.
 */
public final class QualifierPass implements ResolutionPass {

    static final double BONUS = 5.0;

    private static final Pattern QUALIFYING_GAP = Pattern.compile("\\s*,\\s*|\\s+in\\s+");

    @Override
    public void apply(ResolutionContext context) {
        List<PlaceMention> ms = context.mentions();
        String text = context.text();
        for (int k = 0; k + 1 < ms.size(); k++) {
            PlaceMention a = ms.get(k), b = ms.get(k + 1);
            String gap = text.substring(a.end(), b.start());
            if (!QUALIFYING_GAP.matcher(gap).matches()) {
                continue;
            }
            MentionGroup ga = context.groupOf(a), gb = context.groupOf(b);
            if (ga == gb) {
                continue;
            }
            for (int i = 0; i < ga.candidates().size(); i++) {
                Place inner = ga.candidates().get(i);
                for (int j = 0; j < gb.candidates().size(); j++) {
                    Place outer = gb.candidates().get(j);
                    if (contains(outer, inner)) {
                        ga.add(i, BONUS);
                        gb.add(j, BONUS / 2);
                        break;
                    }
                }
            }
        }
    }

    static boolean contains(Place outer, Place inner) {
        if (outer.equals(inner) || outer.countryCode().isEmpty()) {
            return false;
        }
        if (outer.kind() == PlaceKind.COUNTRY) {
            return outer.countryCode().equals(inner.countryCode()) && inner.kind() != PlaceKind.COUNTRY;
        }
        if (outer.kind() == PlaceKind.ADMIN1) {
            return outer.countryCode().equals(inner.countryCode()) && !outer.admin1Code().isEmpty()
                    && outer.admin1Code().equals(inner.admin1Code()) && inner.kind() == PlaceKind.CITY;
        }
        return false;
    }
}
