package org.conflictmap.events;

/**
 * A sentence of an article: offsets into the article text and the covered text.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param text  {@code articleText.substring(start, end)}
 */
public record Sentence(int start, int end, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
