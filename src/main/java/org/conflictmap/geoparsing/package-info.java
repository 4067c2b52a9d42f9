/**
 * Geoparsing: finding place names in English news text and resolving each to a gazetteer entry.
 * {@link org.conflictmap.geoparsing.DictionaryMentionExtractor} recognises names against the
 * gazetteer and filters them on linguistic evidence ({@link org.conflictmap.geoparsing.MentionRules});
 * the {@code disambiguation} passes pick the place; {@link org.conflictmap.geoparsing.GazetteerGeoparser}
 * ties both together behind {@link org.conflictmap.geoparsing.Geoparser}.
 */
package org.conflictmap.geoparsing;
