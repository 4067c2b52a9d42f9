package org.conflictmap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeodataGazetteerLoaderTests {

    private static final long MOSUL_IQ = 99072;

    private final NameNormalizer normalizer = new NameNormalizer();

    @Test
    void indexesPlacesUnderTheirNameAndAlternateNames() {
        Gazetteer gazetteer = FixtureGazetteer.get();
        assertThat(gazetteer.byName(normalizer.name("Mosul"))).extracting(Place::geonameId).containsExactly(MOSUL_IQ);
        assertThat(gazetteer.byName(normalizer.name("Al Mawsil"))).extracting(Place::geonameId).containsExactly(MOSUL_IQ);
        assertThat(gazetteer.byName(normalizer.name("Damascus"))).hasSize(2);
    }

    @Test
    void keepsCuratedRowsWithoutGeoNamesId() {
        Place iraq = FixtureGazetteer.get().country("IQ").orElseThrow();
        assertThat(iraq.geonameId()).isNull();
        assertThat(iraq.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(FixtureGazetteer.get().admin1("IQ", "15")).map(Place::name).contains("Nineveh");
    }

    @Test
    void readsDemonymsAsCountryEvidence() {
        assertThat(FixtureGazetteer.get().demonymCountry(normalizer.name("Iraqi"))).contains("IQ");
        assertThat(FixtureGazetteer.get().demonymCountry(normalizer.name("Mosul"))).isEmpty();
    }

    @Test
    void picksUpSupplementFilesIncludingGzip() {
        List<Place> tigris = FixtureGazetteer.get().byName(normalizer.name("Tigris"));
        assertThat(tigris).extracting(Place::kind).containsExactly(PlaceKind.FEATURE);
    }

    @Test
    void findsNotableSpellingVariantsButNotExactMatches() {
        Gazetteer gazetteer = FixtureGazetteer.get();
        assertThat(gazetteer.similar(normalizer.name("Teheran"))).extracting(Place::name).containsExactly("Tehran");
        assertThat(gazetteer.similar(normalizer.name("Tehran"))).isEmpty();
        assertThat(gazetteer.similar(normalizer.name("Mosuli"))).isEmpty();
    }

    @Test
    void skipsMalformedRowsAndCountsThem() throws IOException {
        GeodataGazetteerLoader loader = new GeodataGazetteerLoader(normalizer);
        loader.fromDirectory(FixtureGazetteer.directory());
        assertThat(loader.skippedRows()).isEqualTo(1);
    }

    @Test
    void loadsTheSameFilesFromTheClasspath() throws IOException {
        InMemoryGazetteer fromClasspath = new GeodataGazetteerLoader(normalizer)
                .fromClasspath(FixtureGazetteer.CLASSPATH_FOLDER);
        assertThat(fromClasspath.size()).isEqualTo(FixtureGazetteer.get().size());
    }

    @Test
    void failsClearlyWithoutAGazetteerFolder(@TempDir Path empty) {
        assertThatThrownBy(() -> new GeodataGazetteerLoader(normalizer).fromDirectory(empty.resolve("nothing")))
                .isInstanceOf(IOException.class);
    }
}
