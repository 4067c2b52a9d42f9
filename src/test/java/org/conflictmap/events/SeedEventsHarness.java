package org.conflictmap.events;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Development harness, not a test: runs the event extractor over an annotated corpus using the corpus's
 * gold toponyms as the place mentions, and writes the scorer's JSONL. Isolates event extraction from
 * geoparsing errors. Usage: {@code SeedEventsHarness CORPUS_DIR OUT.jsonl}.
 */
public final class SeedEventsHarness {

    private SeedEventsHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, List<String[]>> gold = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(corpus.resolve("gold/toponyms.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        RuleBasedEventExtractor extractor = RuleBasedEventExtractor.withDefaults();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            try (var files = Files.list(corpus.resolve("docs"))) {
                for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String id = txt.getFileName().toString().replace(".txt", "");
                    String text = Files.readString(txt, StandardCharsets.UTF_8);
                    JsonNode meta = json.readTree(corpus.resolve("docs/" + id + ".json").toFile());
                    LocalDate published = LocalDate.parse(meta.get("published").asString());
                    List<ResolvedMention> mentions = mentions(text, gold.getOrDefault(id, List.of()));
                    List<ConflictEvent> events = extractor.extract(text, published, mentions);
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("doc_id", id);
                    doc.put("published", published.toString());
                    doc.put("toponyms", List.of());
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (ConflictEvent e : events) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("date", e.date().date().toString());
                        m.put("date_precision", e.date().precision().id());
                        m.put("type", e.type().id());
                        m.put("actor", e.actor());
                        m.put("place", Map.of("name", e.place().place().name(), "lat", e.place().place().lat(),
                                "lon", e.place().place().lon()));
                        m.put("origin", e.origin() == null ? null : e.origin().place().name());
                        m.put("confidence", e.confidence());
                        m.put("evidence", Map.of("start", e.evidence().start(), "end", e.evidence().end(), "text", e.evidence().text()));
                        list.add(m);
                        if (System.getenv("HARNESS_VERBOSE") != null) {
                            System.err.printf("%s\t%s %s %s %s %s (%.2f)\t%s%n", id, e.date().date(), e.date().precision().id(),
                                    e.type().id(), e.actor(), e.place().place().name(), e.confidence(),
                                    e.evidence().text().length() > 160 ? e.evidence().text().substring(0, 160) : e.evidence().text());
                        }
                    }
                    doc.put("events", list);
                    out.println(json.writeValueAsString(doc));
                }
            }
        }
    }

    private static List<ResolvedMention> mentions(String text, List<String[]> rows) {
        List<ResolvedMention> found = new ArrayList<>();
        for (String[] f : rows) {
            String surface = f[1];
            Place place = new Place("gold:" + f[5], null, f[5], Double.parseDouble(f[3]), Double.parseDouble(f[4]), kind(f[6]),
                    "", "", "", 0);
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (found.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    found.add(new ResolvedMention(s, e, surface, place, 1.0, List.of()));
                }
            }
        }
        found.sort(Comparator.comparingInt(ResolvedMention::start));
        return found;
    }

    private static PlaceKind kind(String kind) {
        return switch (kind) {
            case "city", "village" -> PlaceKind.CITY;
            case "admin1" -> PlaceKind.ADMIN1;
            case "country" -> PlaceKind.COUNTRY;
            case "region" -> PlaceKind.REGION;
            default -> PlaceKind.FEATURE;
        };
    }
}
