/**
 * The gazetteer: places from GeoNames and curated supplements in {@code geodata/gazetteer/},
 * loaded once into memory and looked up by normalized name.
 */
package org.conflictmap.gazetteer;
