/**
 * Disambiguation: which gazetteer entry each recognised name means. Each rule is a small
 * {@link org.conflictmap.geoparsing.disambiguation.ResolutionPass} that adds to candidate scores
 * (population and feature prior, seat preference, qualifiers, country focus, spatial coherence);
 * {@link org.conflictmap.geoparsing.disambiguation.MultiPassResolver} runs them in order.
 */
package org.conflictmap.geoparsing.disambiguation;
