package org.conflictmap.events;

/** How a sentence presents an event. */
enum Modality {
    /** Stated as fact by the article. */
    ASSERTED,
    /** Attributed to someone else ("X said", "reportedly", "according to"): kept with lower confidence. */
    REPORTED,
    /** Denied, asked, conditional, threatened, planned or predicted: no event. */
    IRREALIS
}
