package org.conflictmap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Builds an {@link InMemoryGazetteer} from the gazetteer folder of {@code geodata/}: every
 * {@code *.tsv} and {@code *.tsv.gz} file with the place columns
 * ({@code id name lat lon kind feature_code country admin1 population names source}, one header row,
 * alternate names separated by {@code |}), plus {@code demonyms.tsv} ({@code demonym country}).
 * New supplement files are picked up without code changes. Files are read in name order; a place id
 * met again adds names to the first record.
 *
 * <p>The folder is either a file-system directory or a classpath location (inside the jar,
 * {@code geodata/gazetteer}). A malformed row is skipped and counted; a missing folder is an error.
 */
public final class GeodataGazetteerLoader {

    /** Classpath folder of the gazetteer files inside the application jar. */
    public static final String CLASSPATH_FOLDER = "geodata/gazetteer";

    private static final String DEMONYMS = "demonyms.tsv";

    private final NameNormalizer normalizer;
    private int skippedRows;

    public GeodataGazetteerLoader(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Loads from a directory holding the gazetteer files (or a geodata directory with gazetteer/ inside). */
    public InMemoryGazetteer fromDirectory(Path dir) throws IOException {
        Path folder = Files.isDirectory(dir.resolve("gazetteer")) ? dir.resolve("gazetteer") : dir;
        if (!Files.isDirectory(folder)) {
            throw new IOException("no gazetteer directory at " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> isPlaceFile(p.getFileName().toString()) || isDemonymFile(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        Map<String, InputSupplier> sources = new LinkedHashMap<>();
        for (Path p : files) {
            sources.put(p.getFileName().toString(), () -> Files.newInputStream(p));
        }
        return build(sources);
    }

    /**
     * Loads from a geodata directory (its {@code gazetteer/} files) when one is given, else from the
     * gazetteer the jar carries ({@link #CLASSPATH_FOLDER}): the one choice the service and the batch
     * commands share.
     */
    public InMemoryGazetteer fromDirectoryOrJar(Path geodataDirectory) throws IOException {
        return geodataDirectory == null ? fromClasspath(CLASSPATH_FOLDER) : fromDirectory(geodataDirectory);
    }

    /** Loads from the classpath folder (for example {@link #CLASSPATH_FOLDER}). */
    public InMemoryGazetteer fromClasspath(String folder) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                .getResources("classpath*:" + folder + "/*");
        Map<String, InputSupplier> sources = new TreeMap<>();
        for (Resource r : found) {
            String name = r.getFilename();
            if (name != null && (isPlaceFile(name) || isDemonymFile(name))) {
                sources.putIfAbsent(name, r::getInputStream);
            }
        }
        if (sources.isEmpty()) {
            throw new IOException("no gazetteer files on the classpath under " + folder);
        }
        return build(sources);
    }

    /** Rows skipped as malformed by the last load. */
    public int skippedRows() {
        return skippedRows;
    }

    private InMemoryGazetteer build(Map<String, InputSupplier> sources) throws IOException {
        skippedRows = 0;
        InMemoryGazetteer.Builder builder = new InMemoryGazetteer.Builder(normalizer);
        for (Map.Entry<String, InputSupplier> e : sources.entrySet()) {
            try (BufferedReader in = reader(e.getKey(), e.getValue().open())) {
                if (isDemonymFile(e.getKey())) {
                    readDemonyms(in, builder);
                } else if (isPlaceFile(e.getKey())) {
                    readPlaces(in, builder);
                }
            }
        }
        return builder.build();
    }

    private static BufferedReader reader(String name, InputStream raw) throws IOException {
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private void readPlaces(BufferedReader in, InMemoryGazetteer.Builder builder) throws IOException {
        Map<String, Integer> col = header(in.readLine());
        int id = need(col, "id"), name = need(col, "name"), lat = need(col, "lat"), lon = need(col, "lon");
        int kind = need(col, "kind");
        int fcode = col.getOrDefault("feature_code", -1), country = col.getOrDefault("country", -1);
        int admin1 = col.getOrDefault("admin1", -1), pop = col.getOrDefault("population", -1);
        int names = col.getOrDefault("names", -1);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                String placeId = f[id].trim();
                Long geonameId = placeId.chars().allMatch(Character::isDigit) && !placeId.isEmpty()
                        ? Long.valueOf(placeId) : null;
                Place place = new Place(placeId, geonameId, f[name].trim(), Double.parseDouble(f[lat]),
                        Double.parseDouble(f[lon]), PlaceKind.fromId(f[kind]), field(f, fcode),
                        field(f, country), field(f, admin1), parsePopulation(field(f, pop)));
                String alt = field(f, names);
                builder.add(place, alt.isEmpty() ? List.of() : Arrays.asList(alt.split("\\|")));
            } catch (RuntimeException bad) {
                skippedRows++;
            }
        }
    }

    private void readDemonyms(BufferedReader in, InMemoryGazetteer.Builder builder) throws IOException {
        Map<String, Integer> col = header(in.readLine());
        int demonym = need(col, "demonym"), country = need(col, "country");
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length > Math.max(demonym, country) && !f[demonym].isBlank()) {
                builder.addDemonym(f[demonym].trim(), f[country].trim());
            } else if (!line.isBlank()) {
                skippedRows++;
            }
        }
    }

    private static Map<String, Integer> header(String line) throws IOException {
        if (line == null) {
            throw new IOException("empty gazetteer file");
        }
        Map<String, Integer> col = new HashMap<>();
        String[] f = line.replace("\uFEFF", "").split("\t");
        for (int i = 0; i < f.length; i++) {
            col.put(f[i].trim(), i);
        }
        return col;
    }

    private static int need(Map<String, Integer> col, String name) throws IOException {
        Integer i = col.get(name);
        if (i == null) {
            throw new IOException("gazetteer file lacks column " + name);
        }
        return i;
    }

    private static String field(String[] f, int i) {
        return i >= 0 && i < f.length ? f[i].trim() : "";
    }

    private static long parsePopulation(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return (long) Double.parseDouble(s);
    }

    private static boolean isPlaceFile(String name) {
        return !isDemonymFile(name) && (name.endsWith(".tsv") || name.endsWith(".tsv.gz"));
    }

    private static boolean isDemonymFile(String name) {
        return name.equals(DEMONYMS);
    }

    @FunctionalInterface
    private interface InputSupplier {
        InputStream open() throws IOException;
    }
}
