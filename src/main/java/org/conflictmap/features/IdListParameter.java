package org.conflictmap.features;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.conflictmap.system.InvalidInputException;

/**
 * Parses a comma list of ids ({@code faction}, {@code type}): lower-case letters, digits, {@code -} and
 * {@code _}, at most 64 characters each and 100 ids. Faction ids are data, so any well-formed id is
 * accepted (an unknown one simply matches nothing); event types must be among the known ones.
 */
final class IdListParameter {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_IDS = 100;

    private IdListParameter() {
    }

    static Set<String> factions(String raw) {
        return ids(Ogc.P_FACTION, raw, null);
    }

    static Set<String> types(String raw, Set<String> known) {
        return ids(Ogc.P_TYPE, raw, known);
    }

    private static Set<String> ids(String name, String raw, Set<String> allowed) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : raw.split(",", -1)) {
            String id = part.strip().toLowerCase(Locale.ROOT);
            if (!ID.matcher(id).matches()) {
                throw new InvalidInputException(name, "'" + name + "' must be a comma list of ids such as "
                        + "a-b,c_d (lower-case letters, digits, '-' and '_').");
            }
            if (allowed != null && !allowed.contains(id)) {
                throw new InvalidInputException(name, "Unknown " + name + " '" + id + "'; known: "
                        + String.join(", ", allowed) + ".");
            }
            ids.add(id);
        }
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException(name, "At most " + MAX_IDS + " ids in '" + name + "'.");
        }
        return ids;
    }
}
