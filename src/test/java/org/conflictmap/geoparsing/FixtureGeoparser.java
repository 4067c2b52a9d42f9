package org.conflictmap.geoparsing;

import org.conflictmap.gazetteer.FixtureGazetteer;

/** A geoparser over the fixture gazetteer, built once for the tests. */
final class FixtureGeoparser {

    private static GazetteerGeoparser instance;

    private FixtureGeoparser() {
    }

    static synchronized GazetteerGeoparser get() {
        if (instance == null) {
            instance = GazetteerGeoparser.standard(FixtureGazetteer.get(), EnglishLexicon.load(null));
        }
        return instance;
    }
}
