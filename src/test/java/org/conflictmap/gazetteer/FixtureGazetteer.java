package org.conflictmap.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-made test gazetteer under {@code src/test/resources/fixtures/gazetteer}, loaded once. */
public final class FixtureGazetteer {

    public static final String CLASSPATH_FOLDER = "fixtures/gazetteer";

    private static InMemoryGazetteer instance;

    private FixtureGazetteer() {
    }

    public static synchronized InMemoryGazetteer get() {
        if (instance == null) {
            try {
                instance = new GeodataGazetteerLoader(new NameNormalizer()).fromDirectory(directory());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public static Path directory() {
        try {
            return Path.of(FixtureGazetteer.class.getResource("/" + CLASSPATH_FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
