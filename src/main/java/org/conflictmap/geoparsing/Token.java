package org.conflictmap.geoparsing;

/**
 * One word of a text, with what recognition needs to know about how it is written. Immutable.
 *
 * @param start         offset of the first character in the original text (UTF-16 index)
 * @param end           offset after the last character
 * @param key           the word's exact key ({@link org.conflictmap.gazetteer.NameNormalizer#token})
 * @param capitalized   first letter upper case
 * @param allCaps       every letter upper case and at least two letters
 * @param sentenceStart first word of a sentence or of a line
 * @param breakBefore   punctuation other than a hyphen stands between this word and the previous one
 * @param hyphenBefore  the previous word is joined to this one by a hyphen ({@code al-Anbar}, {@code US-led})
 * @param glued         part of a file name, URL, handle or code ({@code img/iran_map.png}); never a place
 * @param headline      on a line written in title case or capitals, where capitals say little
 */
public record Token(int start, int end, String key, boolean capitalized, boolean allCaps, boolean sentenceStart,
                    boolean breakBefore, boolean hyphenBefore, boolean glued, boolean headline) {

    /** Capitalised in running text, where a capital is evidence of a proper name. */
    public boolean properCase() {
        return (capitalized || allCaps) && !glued;
    }
}
