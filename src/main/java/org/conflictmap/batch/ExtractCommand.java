package org.conflictmap.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.EventExtractor;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.ResolvedMention;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract --corpus DIR --out FILE.jsonl [--geodata DIR]}: runs the geoparser and the given
 * event extractor over every {@code DIR/docs/*.txt} (in name order) and writes one JSON line per
 * document in the evaluation format ({@code doc_id}, {@code published}, {@code toponyms},
 * {@code events}). {@code published} comes from the {@code .json} sidecar when there is one, else
 * it is null. Progress goes to stderr.
 */
public final class ExtractCommand implements BatchCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventExtractor events;

    public ExtractCommand(EventExtractor events) {
        this.events = events;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "--corpus DIR --out FILE.jsonl [--geodata DIR]: toponyms and events of DIR/docs/*.txt as JSON Lines";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, Set.of("corpus", "out", "geodata"));
            options.require("corpus");
            options.require("out");
        } catch (IllegalArgumentException e) {
            err.println("extract: " + e.getMessage());
            err.println("usage: extract " + summary());
            return 2;
        }
        Path docs = Path.of(options.require("corpus")).resolve("docs");
        if (!Files.isDirectory(docs)) {
            err.println("extract: no docs/ folder in " + options.require("corpus"));
            return 2;
        }
        GeoparserLoading loading = GeoparserLoading.load(GeoparserLoading.geodataDirectory(options));
        err.println(loading.summary());
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        long chars = 0;
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(options.require("out")), StandardCharsets.UTF_8)) {
            int done = 0;
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                LocalDate published = published(f.resolveSibling(id + ".json"));
                List<ResolvedMention> mentions = loading.geoparser().parse(text);
                List<ConflictEvent> found = events.extract(text, published, mentions);
                w.write(JSON.writeValueAsString(line(id, published, mentions, found)));
                w.write('\n');
                chars += text.length();
                if (++done % 500 == 0) {
                    err.printf("extract: %,d / %,d documents%n", done, files.size());
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf("extract: %,d documents, %,d characters in %.2f s%n", files.size(), chars, s);
        return 0;
    }

    private static LocalDate published(Path sidecar) throws IOException {
        if (!Files.isRegularFile(sidecar)) {
            return null;
        }
        JsonNode node = JSON.readTree(Files.readString(sidecar, StandardCharsets.UTF_8));
        String day = node.path("published").asString("");
        return day.length() >= 10 ? LocalDate.parse(day.substring(0, 10)) : null;
    }

    static Map<String, Object> line(String id, LocalDate published, List<ResolvedMention> mentions,
                                    List<ConflictEvent> found) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("doc_id", id);
        line.put("published", published == null ? null : published.toString());
        List<Map<String, Object>> toponyms = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("start", m.start());
            t.put("end", m.end());
            t.put("text", m.surface());
            putPlace(t, m.place());
            t.put("confidence", m.confidence());
            toponyms.add(t);
        }
        line.put("toponyms", toponyms);
        List<Map<String, Object>> evs = new ArrayList<>();
        for (ConflictEvent e : found) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("date", e.date().date().toString());
            ev.put("date_precision", e.date().precision().id());
            ev.put("type", e.type().id());
            ev.put("actor", e.actor());
            ev.put("place", placeObject(e.place().place()));
            ev.put("origin", e.origin() == null ? null : placeObject(e.origin().place()));
            ev.put("confidence", e.confidence());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("start", e.evidence().start());
            evidence.put("end", e.evidence().end());
            evidence.put("text", e.evidence().text());
            ev.put("evidence", evidence);
            evs.add(ev);
        }
        line.put("events", evs);
        return line;
    }

    private static Map<String, Object> placeObject(Place p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", p.name());
        o.put("geonameid", p.geonameId());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        return o;
    }

    private static void putPlace(Map<String, Object> t, Place p) {
        t.put("geonameid", p.geonameId());
        t.put("name", p.name());
        t.put("lat", p.lat());
        t.put("lon", p.lon());
    }
}
