package org.conflictmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A geodata directory built from the test fixtures (the 40-row gazetteer, two factions), so a
 * server started as a child process loads its reference data in milliseconds, not seconds.
 */
final class SmallGeodata {

    private SmallGeodata() {
    }

    /** Writes the directory under {@code parent} and returns it. */
    static Path create(Path parent) {
        try {
            Path dir = Files.createDirectories(parent.resolve("geodata"));
            Path gazetteer = Files.createDirectories(dir.resolve("gazetteer"));
            copy("/fixtures/gazetteer/places.tsv", gazetteer.resolve("places.tsv"));
            copy("/fixtures/gazetteer/demonyms.tsv", gazetteer.resolve("demonyms.tsv"));
            copy("/fixtures/events/factions-small.json", dir.resolve("factions.json"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = SmallGeodata.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }
}
