package org.conflictmap.geoparsing;

import java.util.List;
import java.util.Map;

/**
 * What recognition found in one text: the place mentions in text order, and the countries that
 * demonyms and adjectives point to ("Iraqi" counts for IQ), with how often. Immutable.
 */
public record MentionExtraction(List<PlaceMention> mentions, Map<String, Integer> demonymCountries) {

    public MentionExtraction {
        mentions = List.copyOf(mentions);
        demonymCountries = Map.copyOf(demonymCountries);
    }
}
