import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.bericotech.clavin.GeoParser;
import com.bericotech.clavin.GeoParserFactory;
import com.bericotech.clavin.resolver.ResolvedLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ClavinExtract INDEX CORPUS OUT.jsonl [ROUNDS]}: runs CLAVIN's default geoparser (OpenNLP
 * location NER, Lucene gazetteer index, CLAVIN's resolver) over CORPUS/docs/*.txt, writes the
 * toponyms in the evaluation's JSON Lines format, then times ROUNDS further passes over the corpus
 * after one warm-up pass and prints documents and characters per second of one thread's CPU time.
 */
public final class ClavinExtract {

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        ObjectMapper json = new ObjectMapper();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long load0 = System.nanoTime();
        GeoParser parser = GeoParserFactory.getDefault(index.toString());
        System.out.printf("clavin: index and models loaded in %.1f s%n", (System.nanoTime() - load0) / 1e9);

        List<Path> docs;
        try (Stream<Path> files = Files.list(corpus.resolve("docs"))) {
            docs = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path doc : docs) {
            texts.add(Files.readString(doc, StandardCharsets.UTF_8));
        }
        long chars = texts.stream().mapToLong(String::length).sum();

        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs.size(); i++) {
                writer.write(json.writeValueAsString(line(json, docs.get(i), texts.get(i), parser)));
                writer.write('\n');
            }
        }
        parseAll(parser, texts);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long process0 = processCpuNanos();
        long wall0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            parseAll(parser, texts);
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        double process = (processCpuNanos() - process0) / 1e9;
        long n = (long) rounds * docs.size();
        long c = rounds * chars;
        System.out.printf("clavin: %d documents x %d rounds, %,d characters per round%n", docs.size(), rounds, chars);
        System.out.printf("clavin, single thread, CPU time:   %,.1f documents/s, %,.0f characters/s%n", n / cpu, c / cpu);
        System.out.printf("clavin, process CPU time (with GC and JIT threads): %,.1f documents/s, %,.0f characters/s%n",
                n / process, c / process);
        System.out.printf("clavin, single thread, wall clock: %,.1f documents/s, %,.0f characters/s%n", n / wall, c / wall);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void parseAll(GeoParser parser, List<String> texts) throws Exception {
        for (String text : texts) {
            parser.parse(text);
        }
    }

    private static Map<String, Object> line(ObjectMapper json, Path doc, String text, GeoParser parser)
            throws Exception {
        String id = doc.getFileName().toString().replaceFirst("\\.txt$", "");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("doc_id", id);
        line.put("published", published(json, doc.resolveSibling(id + ".json")));
        List<Map<String, Object>> toponyms = new ArrayList<>();
        for (ResolvedLocation location : parser.parse(text)) {
            String surface = location.getLocation().getText();
            int start = location.getLocation().getPosition();
            Map<String, Object> toponym = new LinkedHashMap<>();
            toponym.put("start", start);
            toponym.put("end", start + surface.length());
            toponym.put("text", surface);
            int geonameId = location.getGeoname().getGeonameID();
            toponym.put("geonameid", geonameId >= 900_000_000 ? null : geonameId);
            toponym.put("name", location.getGeoname().getName());
            toponym.put("lat", location.getGeoname().getLatitude());
            toponym.put("lon", location.getGeoname().getLongitude());
            toponym.put("confidence", location.getConfidence());
            toponyms.add(toponym);
        }
        line.put("toponyms", toponyms);
        line.put("events", List.of());
        return line;
    }

    private static String published(ObjectMapper json, Path sidecar) throws IOException {
        if (!Files.exists(sidecar)) {
            return null;
        }
        JsonNode published = json.readTree(sidecar.toFile()).get("published");
        return published == null ? null : published.asText();
    }
}
