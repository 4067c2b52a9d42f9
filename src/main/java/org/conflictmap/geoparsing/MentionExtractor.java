package org.conflictmap.geoparsing;

/**
 * Finds the place names in a text, without deciding which place each one means.
 * Implementations are thread-safe and never throw on any input string.
 */
public interface MentionExtractor {

    MentionExtraction extract(String text);
}
