package org.conflictmap.events;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Reads dated, typed events from an article's text, given the place mentions already resolved in it.
 * Implementations are thread-safe and never throw on any input.
 */
public interface EventExtractor {

    /**
     * @param text      the article text
     * @param published the publication day, the anchor for relative dates ("on Tuesday", "last week")
     * @param mentions  the resolved place mentions of this text, in text order
     */
    List<ConflictEvent> extract(String text, LocalDate published, List<ResolvedMention> mentions);
}
