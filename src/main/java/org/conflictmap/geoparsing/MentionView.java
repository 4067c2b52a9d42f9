package org.conflictmap.geoparsing;

import java.util.List;

import org.conflictmap.gazetteer.Place;

/** The JSON form of a mention in the API: where it is, what it resolved to, and what it beat. */
record MentionView(int start, int end, String surface, PlaceView place, double confidence,
                   List<CandidateView> alternatives) {

    static MentionView of(ResolvedMention m) {
        return new MentionView(m.start(), m.end(), m.surface(), PlaceView.of(m.place()), m.confidence(),
                m.alternatives().stream().map(c -> new CandidateView(PlaceView.of(c.place()), c.score())).toList());
    }

    /** A gazetteer entry as the API shows it. */
    record PlaceView(String id, Long geonameid, String name, double lat, double lon, String kind, String featureCode,
                     String country, long population) {
        static PlaceView of(Place p) {
            return new PlaceView(p.id(), p.geonameId(), p.name(), p.lat(), p.lon(), p.kind().id(), p.featureCode(),
                    p.countryCode(), p.population());
        }
    }

    /** A candidate the chosen place beat, with its score. */
    record CandidateView(PlaceView place, double score) {
    }
}
