package org.conflictmap.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An armed faction as {@code geodata/factions.json} describes it. Immutable.
 *
 * @param id             stable id used on events ({@code isis}, {@code pmf}, ...)
 * @param name           display name
 * @param colour         CSS colour for the map
 * @param group          alignment group ({@code jihadist}, {@code kurdish}, ...)
 * @param names          patterns that name this faction wherever they occur
 * @param leaders        patterns of people whose name stands for the faction (a later "he" may refer to them)
 * @param contextNames   generic phrases that name it only when the article's context points to it
 * @param contextCues    patterns whose frequency in an article makes this faction the likelier referent
 *                       of a generic phrase
 * @param governs        territories it is the government of: ISO country codes ({@code IQ}) or GeoNames
 *                       first-level divisions ({@code IQ.11})
 * @param backs          ids of factions of other groups it fights for or beside
 */
public record Faction(String id, String name, String colour, String group, List<Pattern> names, List<Pattern> leaders,
                      List<Pattern> contextNames, List<Pattern> contextCues, List<String> governs, List<String> backs) {

    public Faction {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        leaders = List.copyOf(leaders);
        contextNames = List.copyOf(contextNames);
        contextCues = List.copyOf(contextCues);
        governs = List.copyOf(governs);
        backs = List.copyOf(backs);
    }

    /**
     * How closely this faction governs a place in the given country and first-level division: 2 for the
     * division, 1 for the whole country, 0 when it does not govern it.
     */
    public int governance(String countryCode, String admin1Code) {
        if (countryCode == null || countryCode.isEmpty()) {
            return 0;
        }
        if (admin1Code != null && !admin1Code.isEmpty() && governs.contains(countryCode + "." + admin1Code)) {
            return 2;
        }
        return governs.contains(countryCode) ? 1 : 0;
    }
}
