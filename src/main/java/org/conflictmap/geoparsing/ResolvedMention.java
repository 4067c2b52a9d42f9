package org.conflictmap.geoparsing;

import java.util.List;

import org.conflictmap.gazetteer.Place;

/**
 * A place mention found in an article and resolved to a gazetteer entry. Immutable.
 *
 * @param start        offset of the first character (UTF-16 code units, Java {@code String} index)
 * @param end          offset after the last character
 * @param surface      the text exactly as written, {@code text.substring(start, end)}
 * @param place        the chosen gazetteer entry
 * @param confidence   0..1
 * @param alternatives the candidates the chosen place beat, best first (may be empty)
 */
public record ResolvedMention(int start, int end, String surface, Place place, double confidence,
                              List<Candidate> alternatives) {

    public ResolvedMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        alternatives = List.copyOf(alternatives);
    }
}
