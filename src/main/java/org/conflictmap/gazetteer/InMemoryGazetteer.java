package org.conflictmap.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gazetteer held in hash maps from name keys to places, built once with a {@link Builder} (from
 * {@code geodata/} by {@link GeodataGazetteerLoader}, or from a handful of rows in tests).
 * Immutable after {@link Builder#build()}; thread-safe.
 */
public final class InMemoryGazetteer implements Gazetteer {

    /** Towns smaller than this are only found by an exact spelling, never by a variant. */
    static final long FUZZY_MIN_POPULATION = 20_000;

    private static final Place[] NONE = new Place[0];

    private final NameNormalizer normalizer;
    private final Map<String, Place[]> byKey;
    private final Map<String, String[]> keysBySkeleton;
    private final Set<String> firstWords;
    private final Set<String> prefixes;
    private final Map<String, String> demonyms;
    private final Map<String, Place> countries;
    private final Map<String, Place> admin1s;
    private final int longestName;
    private final int size;

    private InMemoryGazetteer(Builder b) {
        this.normalizer = b.normalizer;
        this.byKey = new HashMap<>(b.byKey.size() * 4 / 3 + 1);
        b.byKey.forEach((k, v) -> byKey.put(k, v.toArray(NONE)));
        this.keysBySkeleton = new HashMap<>(b.skeletons.size() * 4 / 3 + 1);
        b.skeletons.forEach((k, v) -> keysBySkeleton.put(k, v.toArray(new String[0])));
        this.firstWords = new HashSet<>(b.firstWords);
        this.prefixes = new HashSet<>(b.prefixes);
        this.demonyms = Map.copyOf(b.demonyms);
        this.countries = Map.copyOf(b.countries);
        this.admin1s = Map.copyOf(b.admin1s);
        this.longestName = b.longestName;
        this.size = b.places.size();
    }

    @Override
    public NameNormalizer normalizer() {
        return normalizer;
    }

    @Override
    public List<Place> byName(String nameKey) {
        Place[] found = byKey.get(nameKey);
        return found == null ? List.of() : Arrays.asList(found);
    }

    @Override
    public List<Place> similar(String nameKey) {
        String[] keys = keysBySkeleton.get(normalizer.skeleton(nameKey));
        if (keys == null) {
            return List.of();
        }
        List<Place> out = new ArrayList<>();
        for (String key : keys) {
            if (!key.equals(nameKey) && !isNisba(nameKey, key) && normalizer.closeEnough(key, nameKey)) {
                for (Place p : byKey.get(key)) {
                    if (notableForVariants(p) && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public boolean startsName(String wordKey) {
        return firstWords.contains(wordKey);
    }

    @Override
    public boolean isNamePrefix(String key) {
        return prefixes.contains(key);
    }

    @Override
    public int longestName() {
        return longestName;
    }

    @Override
    public Optional<String> demonymCountry(String wordKey) {
        return Optional.ofNullable(demonyms.get(wordKey));
    }

    @Override
    public Optional<Place> country(String countryCode) {
        return Optional.ofNullable(countries.get(countryCode));
    }

    @Override
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return Optional.ofNullable(admin1s.get(countryCode + "." + admin1Code));
    }

    @Override
    public int size() {
        return size;
    }

    /** "Baghdadi", "Mosuli": an adjective formed from the name with -i is not a spelling of it. */
    private static boolean isNisba(String word, String name) {
        return word.length() == name.length() + 1 && word.endsWith("i") && word.startsWith(name);
    }

    static boolean notableForVariants(Place p) {
        return p.kind() != PlaceKind.CITY || p.population() >= FUZZY_MIN_POPULATION;
    }

    /** Collects places and their names; not thread-safe. */
    public static final class Builder {

        private final NameNormalizer normalizer;
        private final Map<String, Place> places = new LinkedHashMap<>();
        private final Map<String, List<Place>> byKey = new HashMap<>(1 << 20);
        private final Map<String, List<String>> skeletons = new HashMap<>(1 << 18);
        private final Set<String> firstWords = new HashSet<>(1 << 18);
        private final Set<String> prefixes = new HashSet<>(1 << 17);
        private final Map<String, String> demonyms = new HashMap<>();
        private final Map<String, Place> countries = new HashMap<>();
        private final Map<String, Place> admin1s = new HashMap<>();
        private int longestName;

        public Builder(NameNormalizer normalizer) {
            this.normalizer = normalizer;
        }

        /**
         * Adds a place under its own name and the given alternate names. A place whose id was
         * already added keeps its first record and gains the new names. Alternate names of towns that
         * are three letters or shorter (mostly airport and postal codes) are skipped, and so are names
         * without a single Latin letter (texts are English).
         */
        public Builder add(Place place, List<String> alternateNames) {
            Place kept = places.putIfAbsent(place.id(), place);
            Place p = kept == null ? place : kept;
            if (kept == null) {
                if (p.kind() == PlaceKind.COUNTRY && !p.countryCode().isEmpty()) {
                    countries.putIfAbsent(p.countryCode(), p);
                } else if (p.kind() == PlaceKind.ADMIN1 && !p.admin1Code().isEmpty()) {
                    admin1s.putIfAbsent(p.countryCode() + "." + p.admin1Code(), p);
                }
            }
            index(p, place.name());
            for (String alt : alternateNames) {
                if (p.kind() != PlaceKind.CITY || alt.length() > 3) {
                    index(p, alt);
                }
            }
            return this;
        }

        /** Records that a demonym or adjective ("Iraqi") points to a country code ("IQ"). */
        public Builder addDemonym(String demonym, String countryCode) {
            String key = normalizer.name(demonym);
            if (!key.isEmpty()) {
                demonyms.putIfAbsent(key, countryCode);
            }
            return this;
        }

        private void index(Place p, String name) {
            if (!hasLatinLetter(name)) {
                return;
            }
            List<String> words = normalizer.words(name);
            String key = normalizer.join(words);
            if (key.length() < 2 || !hasLetter(key)) {
                return;
            }
            List<Place> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (Place q : list) {
                if (q == p) {
                    return;
                }
            }
            list.add(p);
            int space = key.indexOf(' ');
            firstWords.add(space < 0 ? key : key.substring(0, space));
            while (space > 0) {
                prefixes.add(key.substring(0, space));
                space = key.indexOf(' ', space + 1);
            }
            longestName = Math.max(longestName, key.split(" ").length);
            if (notableForVariants(p)) {
                String skeleton = normalizer.skeleton(key);
                if (skeleton.length() >= 2) {
                    List<String> keys = skeletons.computeIfAbsent(skeleton, k -> new ArrayList<>(1));
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
        }

        /** Texts are English: names written only in other scripts are not worth a key. */
        private static boolean hasLatinLetter(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasLetter(String key) {
            for (int i = 0; i < key.length(); i++) {
                if (Character.isLetter(key.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        public InMemoryGazetteer build() {
            return new InMemoryGazetteer(this);
        }
    }
}
