package org.conflictmap.events;

import java.util.List;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * What an event trigger was bound to in its sentence.
 *
 * @param actors     the factions that acted (several when coordinated: "the army and the Peshmerga")
 * @param places     where (several when coordinated: "Tikrit and Baiji")
 * @param origins    where forces came from, for deployments
 * @param target     the faction acted against, or {@code null}
 * @param confidence 0..1, lowered when an argument was found by a fallback rather than by structure
 */
record Arguments(List<FactionMention> actors, List<ResolvedMention> places, List<ResolvedMention> origins,
                 String target, double confidence) {

    Arguments {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        origins = List.copyOf(origins);
    }

    boolean complete() {
        return !actors.isEmpty() && !places.isEmpty();
    }
}
