package org.conflictmap.geoparsing;

import java.util.List;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * A stretch of text recognised as a place name, before resolution. Immutable.
 *
 * @param start      offset of the first character (UTF-16 index into the original text)
 * @param end        offset after the last character
 * @param surface    {@code text.substring(start, end)}
 * @param key        the name key looked up in the gazetteer (generic words such as "Province" left out)
 * @param candidates the gazetteer entries that carry this name, never empty: first the exact matches,
 *                   then those matched as spelling variants
 * @param exactCount how many of the candidates matched exactly (0: the name is only a variant)
 * @param kindHint   the kind a generic word in the text implies ("Province" gives admin1), or {@code null}
 * @param locative   a locative word ("in", "near", "north of") stands right before the name
 */
public record PlaceMention(int start, int end, String surface, String key, List<Place> candidates,
                           int exactCount, PlaceKind kindHint, boolean locative) {

    public PlaceMention {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a mention needs candidates");
        }
    }

    /** True when the name matched only as a spelling variant. */
    public boolean variant() {
        return exactCount == 0;
    }

    /** True when the candidate at this index matched as a spelling variant. */
    public boolean isVariant(int candidate) {
        return candidate >= exactCount;
    }
}
