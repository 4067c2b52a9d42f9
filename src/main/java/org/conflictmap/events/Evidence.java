package org.conflictmap.events;

/**
 * The sentence that supports a fact: offsets into the article text (UTF-16 code units) and the text.
 */
public record Evidence(int start, int end, String text) {
}
