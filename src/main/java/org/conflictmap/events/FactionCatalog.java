package org.conflictmap.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.Place;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * The factions of {@code factions.json} and a finder of their mentions in a text.
 * <p>
 * Explicit names ("ISIS", "Iraqi army") are found wherever they occur. Generic phrases ("the militants",
 * "the army") are attributed only when the article itself points to one claimant: each faction that lists
 * the phrase scores its explicit mentions plus its context cue matches in the whole article, and the best
 * score above zero wins; the article's places add to the score of the faction that governs them. Overlapping matches keep the longest. A mention directly after "anti-" is dropped,
 * since "anti-ISIS fighters" are not ISIS. Immutable and thread-safe.
 */
public final class FactionCatalog {

    /** Classpath location of the default file (the build copies {@code geodata/} into the jar). */
    public static final String CLASSPATH_RESOURCE = "geodata/factions.json";

    private final Map<String, Faction> factions;

    public FactionCatalog(List<Faction> factions) {
        Map<String, Faction> byId = new LinkedHashMap<>();
        factions.forEach(f -> byId.put(f.id(), f));
        this.factions = Map.copyOf(byId);
        this.order = List.copyOf(byId.keySet());
    }

    private final List<String> order;

    /** Loads {@code factions.json} from the given geodata directory, or from the classpath when it has none. */
    public static FactionCatalog load(Path geodataDir) {
        Path file = geodataDir == null ? null : geodataDir.resolve("factions.json");
        try {
            if (file != null && Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return read(in);
                }
            }
            return fromClasspath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Loads the file shipped in the jar. */
    public static FactionCatalog fromClasspath() {
        try (InputStream in = FactionCatalog.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + CLASSPATH_RESOURCE + " on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a factions file; throws on malformed JSON or a bad regular expression. */
    public static FactionCatalog read(InputStream in) {
        FactionFile file = JsonMapper.builder().build().readValue(in, FactionFile.class);
        List<Faction> list = new ArrayList<>();
        for (FactionEntry e : file.factions()) {
            List<Pattern> names = new ArrayList<>();
            orEmpty(e.aliases()).forEach(a -> names.add(phrase(a)));
            orEmpty(e.patterns()).forEach(p -> names.add(Pattern.compile(p)));
            List<Pattern> leaders = orEmpty(e.leaders()).stream().map(FactionCatalog::phrase).toList();
            List<Pattern> context = orEmpty(e.contextAliases()).stream().map(FactionCatalog::phrase).toList();
            List<Pattern> cues = orEmpty(e.contextCues()).stream().map(Pattern::compile).toList();
            list.add(new Faction(e.id(), e.name(), e.colour(), e.group(), names, leaders, context, cues,
                    orEmpty(e.governs()), orEmpty(e.backs())));
        }
        return new FactionCatalog(list);
    }

    public Optional<Faction> find(String id) {
        return Optional.ofNullable(factions.get(id));
    }

    /**
     * Whether two factions are on the same side: the same faction, the same alignment group, or one backs
     * the other. Unknown ids are allies of nobody but themselves.
     */
    public boolean allied(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Faction fa = factions.get(a);
        Faction fb = factions.get(b);
        return fa != null && fb != null && (fa.group() != null && fa.group().equals(fb.group())
                || fa.backs().contains(b) || fb.backs().contains(a));
    }

    /**
     * The faction that governs a place in the given country and first-level division, the one governing
     * the division before the one governing the whole country; empty when the file names none.
     */
    public Optional<String> governmentOf(String countryCode, String admin1Code) {
        String best = null;
        int bestLevel = 0;
        for (Faction f : all()) {
            int level = f.governance(countryCode, admin1Code);
            if (level > bestLevel) {
                best = f.id();
                bestLevel = level;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The factions in file order. */
    public List<Faction> all() {
        return order.stream().map(factions::get).toList();
    }

    /** Every faction mention in the text, in text order, without overlaps. */
    public List<FactionMention> mentions(String text) {
        return mentions(text, List.of());
    }

    /**
     * Every faction mention in the text, in text order, without overlaps, where each of the article's
     * place mentions also points a generic phrase to the faction that governs the place: "soldiers" in
     * a report about Iraqi towns are Iraqi soldiers even if the text never says "Iraqi".
     */
    public List<FactionMention> mentions(String text, List<Place> places) {
        List<FactionMention> found = new ArrayList<>();
        Map<String, Integer> explicitCounts = new HashMap<>();
        for (Place place : places) {
            governmentOf(place.countryCode(), place.admin1Code()).ifPresent(id -> explicitCounts.merge(id, 1, Integer::sum));
        }
        for (Faction f : all()) {
            collect(f, f.names(), false, text, found);
            collect(f, f.leaders(), true, text, found);
        }
        List<FactionMention> explicit = longestFirst(found);
        explicit.forEach(m -> explicitCounts.merge(m.factionId(), 1, Integer::sum));
        List<FactionMention> all = new ArrayList<>(explicit);
        Map<String, Integer> scores = new HashMap<>();
        for (Faction f : all()) {
            for (Pattern p : f.contextNames()) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String winner = contextWinner(p.pattern(), text, explicitCounts, scores);
                    if (f.id().equals(winner) && !afterAnti(text, m.start())) {
                        all.add(new FactionMention(m.start(), m.end(), f.id(), false, true));
                    }
                }
            }
        }
        return longestFirst(all);
    }

    private static void collect(Faction f, List<Pattern> patterns, boolean person, String text, List<FactionMention> out) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && !afterAnti(text, m.start())) {
                    out.add(new FactionMention(m.start(), m.end(), f.id(), person, false));
                }
            }
        }
    }

    private String contextWinner(String phrasePattern, String text, Map<String, Integer> explicitCounts,
                                 Map<String, Integer> scores) {
        String best = null;
        int bestScore = 0;
        for (Faction f : all()) {
            if (f.contextNames().stream().noneMatch(p -> p.pattern().equals(phrasePattern))) {
                continue;
            }
            int score = scores.computeIfAbsent(f.id(), id -> explicitCounts.getOrDefault(id, 0) + cueCount(f, text));
            if (score > bestScore) {
                best = f.id();
                bestScore = score;
            }
        }
        return best;
    }

    private static int cueCount(Faction f, String text) {
        int count = 0;
        for (Pattern cue : f.contextCues()) {
            Matcher m = cue.matcher(text);
            while (m.find()) {
                count++;
            }
        }
        return count;
    }

    private static boolean afterAnti(String text, int start) {
        return start >= 5 && text.regionMatches(true, start - 5, "anti-", 0, 5);
    }

    /** Keeps the longest of overlapping mentions (explicit before contextual on a tie), in text order. */
    private static List<FactionMention> longestFirst(List<FactionMention> mentions) {
        List<FactionMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((FactionMention m) -> m.end() - m.start()).reversed()
                .thenComparing(FactionMention::contextual)
                .thenComparingInt(FactionMention::start));
        List<FactionMention> kept = new ArrayList<>();
        for (FactionMention m : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(FactionMention::start));
        return kept;
    }

    /** A case-insensitive phrase on word boundaries; straight and curly apostrophes match each other. */
    static Pattern phrase(String alias) {
        StringBuilder regex = new StringBuilder("(?<![\\w-])");
        for (char c : alias.toCharArray()) {
            if (c == '\'' || c == '\u2019') {
                regex.append("['\u2019]?");
            } else if (c == ' ') {
                regex.append("\\s+");
            } else if (c == '-') {
                regex.append("[-\\s]?");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append("(?![\\w-])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FactionFile(List<FactionEntry> factions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FactionEntry(String id, String name, String colour, String group, List<String> aliases,
                        List<String> patterns, List<String> leaders, List<String> contextAliases, List<String> contextCues,
                        List<String> governs, List<String> backs) {
    }
}
