package org.conflictmap.geoparsing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * The English vocabulary the recognition rules consult: common words (from
 * {@code geodata/lexicon/english-common-words.txt}) and small lists of cue words (titles,
 * organisation heads, generic place words, directions, formal country-name words, locative words,
 * from the {@code cue-words.txt} resource). Words are looked up by their {@link NameNormalizer#token} key.
 * Immutable and thread-safe.
 */
public final class EnglishLexicon {

    /** Classpath location of the common-words list inside the jar. */
    public static final String COMMON_WORDS_RESOURCE = "geodata/lexicon/english-common-words.txt";

    /** Words are stored as the same keys the tokenizer gives text words. */
    private static final NameNormalizer KEYS = new NameNormalizer();

    private final Set<String> common;
    private final Map<String, Set<String>> cues;
    private final Map<String, PlaceKind> generic;

    private EnglishLexicon(Set<String> common, Map<String, Set<String>> cues) {
        this.common = common;
        this.cues = cues;
        this.generic = new HashMap<>();
        for (PlaceKind kind : PlaceKind.values()) {
            for (String w : cues.getOrDefault(kind.id(), Set.of())) {
                generic.put(w, kind);
            }
        }
    }

    /** Loads the common words from {@code geodataDir/lexicon/} when given and present, else from the classpath. */
    public static EnglishLexicon load(Path geodataDir) {
        try {
            Path file = geodataDir == null ? null : geodataDir.resolve("lexicon/english-common-words.txt");
            Set<String> common;
            if (file != null && Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    common = readWords(in);
                }
            } else {
                common = readWords(resource("/" + COMMON_WORDS_RESOURCE));
            }
            return new EnglishLexicon(common, readCues(resource("cue-words.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isCommonWord(String key) {
        return common.contains(key);
    }

    public boolean isTitle(String key) {
        return in("title", key);
    }

    public boolean isOrgHead(String key) {
        return in("orghead", key);
    }

    public boolean isDirection(String key) {
        return in("direction", key);
    }

    public boolean isGovernmentForm(String key) {
        return in("govform", key);
    }

    /** Months, weekdays and the like: never a place on their own. */
    public boolean isNeverPlace(String key) {
        return in("notplace", key);
    }

    /** Religious and ethnic adjectives that may stand before a place name without being part of it. */
    public boolean isAdjective(String key) {
        return in("adjective", key);
    }

    /** Words after a name that make it a military unit's name ("force", "brigades"). */
    public boolean isUnit(String key) {
        return in("unit", key);
    }

    /** Verbs after a name that make it a news outlet ("reported", "quoted"). */
    public boolean isMediaVerb(String key) {
        return in("mediaverb", key);
    }

    /** Words before a name that make it an outlet or an addressee ("channel", "told"). */
    public boolean isOutletWord(String key) {
        return in("outlet", key);
    }

    public boolean isLocative(String key) {
        return in("locative", key);
    }

    /** The kind a generic word ("province", "river", or "air+base" for two words) implies, if it is one. */
    public Optional<PlaceKind> genericKind(String key) {
        return Optional.ofNullable(generic.get(key));
    }

    private boolean in(String category, String key) {
        return cues.getOrDefault(category, Set.of()).contains(key);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = EnglishLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    private static Set<String> readWords(InputStream raw) throws IOException {
        Set<String> words = new HashSet<>(60_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(KEYS.token(line.trim()));
                }
            }
        }
        return words;
    }

    private static Map<String, Set<String>> readCues(InputStream raw) throws IOException {
        Map<String, Set<String>> cues = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                Set<String> set = cues.computeIfAbsent(line.substring(0, colon).trim(), k -> new HashSet<>());
                for (String w : line.substring(colon + 1).trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        set.add(w.contains("+") ? KEYS.token(w.substring(0, w.indexOf('+'))) + "+"
                                + KEYS.token(w.substring(w.indexOf('+') + 1)) : KEYS.token(w));
                    }
                }
            }
        }
        return cues;
    }
}
