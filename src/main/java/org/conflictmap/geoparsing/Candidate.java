package org.conflictmap.geoparsing;

import org.conflictmap.gazetteer.Place;

/**
 * A gazetteer entry considered for a mention, with the score the resolver gave it. Kept on each
 * resolved mention so an analyst can see why one Tikrit won over another.
 */
public record Candidate(Place place, double score) {
}
