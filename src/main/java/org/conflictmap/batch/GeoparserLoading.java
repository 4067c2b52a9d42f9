package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Path;

import org.conflictmap.gazetteer.GeodataGazetteerLoader;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.geoparsing.EnglishLexicon;
import org.conflictmap.geoparsing.GazetteerGeoparser;

/**
 * Builds the standard geoparser for a batch command from a geodata directory, or from the
 * {@code geodata/} folder on the classpath when none is given, and records how long the gazetteer
 * took to load and how much heap it holds.
 */
record GeoparserLoading(GazetteerGeoparser geoparser, InMemoryGazetteer gazetteer, long loadMillis,
                        long heapBytes) {

    static GeoparserLoading load(Path geodataDir) throws IOException {
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        GeodataGazetteerLoader loader = new GeodataGazetteerLoader(new NameNormalizer());
        InMemoryGazetteer gazetteer = geodataDir == null
                ? loader.fromClasspath(GeodataGazetteerLoader.CLASSPATH_FOLDER)
                : loader.fromDirectory(geodataDir);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        long heap = Math.max(0, usedHeap() - heapBefore);
        EnglishLexicon lexicon = EnglishLexicon.load(geodataDir);
        return new GeoparserLoading(GazetteerGeoparser.standard(gazetteer, lexicon), gazetteer, loadMillis, heap);
    }

    String summary() {
        return String.format("gazetteer: %,d places loaded in %,d ms, %,d MB heap", gazetteer.size(), loadMillis,
                heapBytes / (1024 * 1024));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
