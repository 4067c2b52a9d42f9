/**
 * Geoparsing: finding the place mentions of an article and resolving each to a gazetteer entry,
 * keeping the candidates it beat.
 */
package org.conflictmap.geoparsing;
