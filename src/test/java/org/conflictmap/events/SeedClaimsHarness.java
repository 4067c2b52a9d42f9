package org.conflictmap.events;

import java.io.IOException;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * Development harness, not a test: runs the claim extractor over an annotated corpus using the corpus's
 * gold toponyms as the place mentions, and prints one line per claim (document, date, precision, faction,
 * place, confidence, sentence). Usage: {@code SeedClaimsHarness CORPUS_DIR}.
 */
public final class SeedClaimsHarness {

    private SeedClaimsHarness() {
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
        RuleBasedClaimExtractor extractor = RuleBasedClaimExtractor.withDefaults();
        try (var files = Files.list(corpus.resolve("docs"))) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = txt.getFileName().toString().replace(".txt", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                LocalDate published = LocalDate.parse(json.readTree(corpus.resolve("docs/" + id + ".json").toFile())
                        .get("published").asString());
                for (ControlClaim c : extractor.extract(text, published, mentions(text, gold.getOrDefault(id, List.of())))) {
                    String sentence = c.evidence().text().replace('\n', ' ');
                    System.out.printf("%s\t%s %s\t%s\t%s\t%.2f\t%s%n", id, c.date(), c.precision().id(), c.faction(),
                            c.place().name(), c.confidence(), sentence.length() > 200 ? sentence.substring(0, 200) : sentence);
                }
            }
        }
    }

    private static List<ResolvedMention> mentions(String text, List<String[]> rows) {
        List<ResolvedMention> found = new ArrayList<>();
        for (String[] f : rows) {
            Place place = new Place("gold:" + f[5], null, f[5], Double.parseDouble(f[3]), Double.parseDouble(f[4]), kind(f[6]),
                    "", "", "", 0);
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f[1]) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (found.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    found.add(new ResolvedMention(s, e, f[1], place, 1.0, List.of()));
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
