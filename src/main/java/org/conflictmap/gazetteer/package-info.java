/**
 * The gazetteer: places ({@link org.conflictmap.gazetteer.Place}) looked up by normalised name.
 * {@link org.conflictmap.gazetteer.GeodataGazetteerLoader} reads the TSV files of
 * {@code geodata/gazetteer/} (from a directory or the classpath) into an
 * {@link org.conflictmap.gazetteer.InMemoryGazetteer}; {@link org.conflictmap.gazetteer.NameNormalizer}
 * makes the keys that let transliteration variants meet.
 */
package org.conflictmap.gazetteer;
