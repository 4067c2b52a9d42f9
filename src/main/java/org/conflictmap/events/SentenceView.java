package org.conflictmap.events;

import java.util.List;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * One sentence with what the extractor found in it, and the document around it.
 *
 * @param text          the whole article text
 * @param sentence      this sentence
 * @param factions      faction mentions inside the sentence
 * @param places        usable place mentions inside the sentence (not inside a faction name, not a whole country)
 * @param previousSubject the first faction named in the nearest earlier sentence that names one, or {@code null}
 * @param lastPerson    the last person standing for a faction named before this sentence, or {@code null}
 * @param priorPlaces   usable place mentions before this sentence, in text order
 */
record SentenceView(String text, Sentence sentence, List<FactionMention> factions, List<ResolvedMention> places,
                    FactionMention previousSubject, FactionMention lastPerson, List<ResolvedMention> priorPlaces) {

    /** The article text between two absolute offsets. */
    String between(int from, int to) {
        return from >= to ? "" : text.substring(from, to);
    }
}
