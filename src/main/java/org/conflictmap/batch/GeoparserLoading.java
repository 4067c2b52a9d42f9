package org.conflictmap.batch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;

import org.conflictmap.gazetteer.GeodataGazetteerLoader;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.geoparsing.EnglishLexicon;
import org.conflictmap.geoparsing.GazetteerGeoparser;

/**
 * Builds the standard geoparser for a batch command from a geodata directory ({@code --geodata DIR} or
 * the system property {@code conflictmap.gazetteer.path}), or from the {@code geodata/} folder on the
 * classpath when neither is given, and records how long the gazetteer
 * took to load and how much heap it holds.
 */
record GeoparserLoading(GazetteerGeoparser geoparser, InMemoryGazetteer gazetteer, long loadMillis,
                        long loadCpuMillis, long heapBytes) {

    /** System property naming the geodata directory when no {@code --geodata} option is given. */
    static final String GEODATA_PROPERTY = "conflictmap.gazetteer.path";

    /** The directory from the option, else from the system property, else {@code null} (the classpath). */
    static Path geodataDirectory(CommandOptions options) {
        return options.get("geodata").or(() -> Optional.ofNullable(System.getProperty(GEODATA_PROPERTY)))
                .filter(s -> !s.isBlank()).map(Path::of).orElse(null);
    }

    static GeoparserLoading load(Path geodataDir) throws IOException {
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        GeodataGazetteerLoader loader = new GeodataGazetteerLoader(new NameNormalizer());
        InMemoryGazetteer gazetteer = loader.fromDirectoryOrJar(geodataDir);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        long loadCpuMillis = (cpuNanos() - cpu0) / 1_000_000;
        long heap = Math.max(0, usedHeap() - heapBefore);
        EnglishLexicon lexicon = EnglishLexicon.load(geodataDir);
        return new GeoparserLoading(GazetteerGeoparser.standard(gazetteer, lexicon), gazetteer, loadMillis,
                loadCpuMillis, heap);
    }

    String summary() {
        return String.format("gazetteer: %,d places loaded in %,d ms (%,d ms CPU of the loading thread), %,d MB heap",
                gazetteer.size(), loadMillis, loadCpuMillis, heapBytes / (1024 * 1024));
    }

    /** CPU time of the calling thread; on a shared machine it says more than wall-clock time. */
    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process, garbage collector and compiler threads included. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
