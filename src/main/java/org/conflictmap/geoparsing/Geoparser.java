package org.conflictmap.geoparsing;

import java.util.List;

/**
 * Finds the place mentions in an English text and resolves each to a gazetteer entry.
 * Implementations are thread-safe and never throw on any input string (empty, huge, binary junk).
 */
public interface Geoparser {

    /** The mentions in text order; each occurrence of a place is its own mention. */
    List<ResolvedMention> parse(String text);
}
