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
 * @param takers     factions that gained the places by this event ("the army drove ISIS out of Hit": the army)
 */
record Arguments(List<FactionMention> actors, List<ResolvedMention> places, List<ResolvedMention> origins,
                 String target, double confidence, List<FactionMention> takers) {

    Arguments(List<FactionMention> actors, List<ResolvedMention> places, List<ResolvedMention> origins,
              String target, double confidence) {
        this(actors, places, origins, target, confidence, List.of());
    }

    Arguments {
        takers = List.copyOf(takers);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        origins = List.copyOf(origins);
    }

    boolean complete() {
        return !actors.isEmpty() && !places.isEmpty();
    }
}
