package org.conflictmap.events;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Reads what an article states about who holds a place ("ISIS-held Mosul", "the town remains in
 * government hands"), as control claims. Every claim binds a faction and a place named in one sentence
 * and carries that sentence as evidence; claims have id 0 and article id 0 (the store assigns them).
 * Implementations are thread-safe and never throw on any input.
 */
public interface ControlClaimExtractor {

    /**
     * @param text      the article text
     * @param published the publication day: the day present-tense statements speak of, and the anchor
     *                  for relative dates
     * @param mentions  the resolved place mentions of this text, in text order
     */
    List<ControlClaim> extract(String text, LocalDate published, List<ResolvedMention> mentions);
}
