package org.conflictmap.geoparsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * Recognises place names by looking every run of words up in the gazetteer (longest match first,
 * exact keys, then spelling variants of one- and two-word names), extending a match over capitalised
 * generic words ("Province", "River", "Air Base"), and keeping or dropping each match by the
 * {@link MentionRules}. A one-word exact match also carries the notable places it is a variant of
 * (Samara / Samarra), for resolution to weigh. Demonyms are not mentions but are counted as country
 * evidence. Thread-safe; linear in the text length times the longest gazetteer name.
 */
public final class DictionaryMentionExtractor implements MentionExtractor {

    private static final int MAX_WORDS = 8;

    private final Gazetteer gazetteer;
    private final NameNormalizer normalizer;
    private final TextTokenizer tokenizer;
    private final EnglishLexicon lexicon;
    private final MentionRules rules;

    public DictionaryMentionExtractor(Gazetteer gazetteer, EnglishLexicon lexicon, PartOfSpeechTagger tagger) {
        this.gazetteer = gazetteer;
        this.normalizer = gazetteer.normalizer();
        this.tokenizer = new TextTokenizer(normalizer);
        this.lexicon = lexicon;
        this.rules = new MentionRules(gazetteer, lexicon, tagger);
    }

    @Override
    public MentionExtraction extract(String text) {
        if (text == null || text.isEmpty()) {
            return new MentionExtraction(List.of(), Map.of());
        }
        List<Token> tokens = tokenizer.tokenize(text);
        List<PlaceMention> mentions = new ArrayList<>();
        List<String> mentionKeys = new ArrayList<>();
        Map<String, Integer> demonyms = new HashMap<>();
        Set<String> persons = new HashSet<>();
        Map<String, List<Place>> variants = new HashMap<>();
        List<PlaceMention> everyday = new ArrayList<>();
        List<String> everydayKeys = new ArrayList<>();
        int longest = Math.min(MAX_WORDS, Math.max(1, gazetteer.longestName()));
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.glued() || normalizer.isArticle(t.key()) || !gazetteer.startsName(t.key()) && !mayBeVariant(t)) {
                countDemonym(t, demonyms);
                i++;
                continue;
            }
            Match m = longestMatch(tokens, i, longest, variants);
            if (m == null || m.end - m.start == 1 && gazetteer.demonymCountry(t.key()).isPresent()) {
                countDemonym(t, demonyms);
                i++;
                continue;
            }
            Match extended = acronymOnly(tokens, extendGeneric(tokens, m));
            if (extended == null) {
                i++;
                continue;
            }
            MentionRules.Verdict verdict = rules.judge(tokens, extended.start, extended.end,
                    extended.places, extended.exactCount == 0, persons);
            int last = capitalisedEnd(tokens, extended.start, extended.end);
            if (verdict.keep() && last == extended.start + 1 && last < extended.end
                    && gazetteer.demonymCountry(tokens.get(extended.start).key()).isPresent()) {
                countDemonym(t, demonyms);
                i = extended.end;
            } else if (verdict.keep()) {
                int first = verdict.firstToken();
                int s = tokens.get(first).start();
                int e = tokens.get(last - 1).end();
                mentions.add(new PlaceMention(s, e, text.substring(s, e), extended.key, extended.places,
                        extended.exactCount, extended.kindHint, rules.locativeBefore(tokens, first)));
                mentionKeys.add(MentionRules.spanKey(tokens, extended.start, extended.end));
                i = extended.end;
            } else {
                if (verdict.everyday()) {
                    int s = tokens.get(verdict.firstToken()).start();
                    int e = tokens.get(last - 1).end();
                    everyday.add(new PlaceMention(s, e, text.substring(s, e), extended.key, extended.places,
                            extended.exactCount, extended.kindHint, false));
                    everydayKeys.add(MentionRules.spanKey(tokens, extended.start, extended.end));
                }
                i = Math.max(i + 1, verdict.skipTo());
            }
        }
        // one sense per text: an everyday word read as a place elsewhere in it ("the town of Hit") is that place here too
        for (int k = 0; k < everyday.size(); k++) {
            if (mentionKeys.contains(everydayKeys.get(k))) {
                mentions.add(everyday.get(k));
                mentionKeys.add(everydayKeys.get(k));
            }
        }
        List<PlaceMention> kept = withoutPersons(mentions, mentionKeys, persons);
        List<PlaceMention> ordered = new ArrayList<>(kept);
        ordered.sort(Comparator.comparingInt(PlaceMention::start));
        return new MentionExtraction(ordered, demonyms);
    }

    /** Names seen as persons anywhere in the text ("President X") are not places elsewhere in it either. */
    private List<PlaceMention> withoutPersons(List<PlaceMention> mentions, List<String> keys, Set<String> persons) {
        if (persons.isEmpty()) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (int k = 0; k < mentions.size(); k++) {
            if (!persons.contains(keys.get(k)) || MentionRules.important(mentions.get(k).candidates())) {
                out.add(mentions.get(k));
            }
        }
        return out;
    }

    /**
     * Where the written name ends: lower-case words trailing a capitalised name are description, not
     * name ("Qandil mountains" is written Qandil), though the whole phrase picks the place.
     */
    private int capitalisedEnd(List<Token> tokens, int start, int end) {
        if (!tokens.get(start).properCase()) {
            return end;
        }
        int last = end;
        while (last - 1 > start && !tokens.get(last - 1).properCase() && !normalizer.isArticle(tokens.get(last - 1).key())) {
            last--;
        }
        return last;
    }

    private boolean mayBeVariant(Token t) {
        return t.key().length() >= 5 && !lexicon.isCommonWord(t.key()) && !(t.allCaps() && t.key().length() < 6);
    }

    private void countDemonym(Token t, Map<String, Integer> demonyms) {
        if (t.properCase() && !t.glued()) {
            Optional<String> country = gazetteer.demonymCountry(t.key());
            country.ifPresent(c -> demonyms.merge(c, 1, Integer::sum));
        }
    }

    /**
     * The longest run of words from i that is a gazetteer name, extended word by word only while the
     * words so far begin some name; failing that, a one- or two-word spelling variant.
     */
    private Match longestMatch(List<Token> tokens, int i, int longest, Map<String, List<Place>> variants) {
        StringBuilder key = new StringBuilder();
        String bestKey = null;
        int bestEnd = -1;
        int words = 0;
        for (int j = i; j < tokens.size() && j - i < longest; j++) {
            Token t = tokens.get(j);
            if (j > i && (t.breakBefore() || t.glued())) {
                break;
            }
            boolean article = normalizer.isArticle(t.key());
            if (!article) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(t.key());
                words++;
                String k = key.toString();
                if (!gazetteer.byName(k).isEmpty()) {
                    bestKey = k;
                    bestEnd = j + 1;
                }
                if (!gazetteer.isNamePrefix(k)) {
                    break;
                }
            }
        }
        if (bestKey != null) {
            List<Place> found = gazetteer.byName(bestKey);
            if (bestEnd - i == 1 && bestKey.length() >= 4 && !lexicon.isCommonWord(bestKey) && !tokens.get(i).allCaps()) {
                return withVariants(i, bestKey, found, variants);
            }
            return new Match(i, bestEnd, bestKey, found, found.size(), null);
        }
        for (int end = Math.min(tokens.size(), i + 2); end > i; end--) {
            if (end - i == 2 && (tokens.get(i + 1).breakBefore() || tokens.get(i + 1).glued())) {
                continue;
            }
            Token last = tokens.get(end - 1);
            if (!mayBeVariant(last) || gazetteer.demonymCountry(last.key()).isPresent()
                    || lexicon.isCommonWord(tokens.get(i).key())) {
                continue;
            }
            String k = end - i == 1 ? last.key() : normalizer.join(List.of(tokens.get(i).key(), last.key()));
            List<Place> similar = variants.computeIfAbsent(k, gazetteer::similar);
            if (!similar.isEmpty()) {
                return new Match(i, end, k, similar, 0, null);
            }
        }
        return null;
    }

    private Match withVariants(int i, String key, List<Place> exact, Map<String, List<Place>> variants) {
        List<Place> similar = variants.computeIfAbsent(key, gazetteer::similar);
        if (similar.isEmpty()) {
            return new Match(i, i + 1, key, exact, exact.size(), null);
        }
        List<Place> all = new ArrayList<>(exact);
        for (Place p : similar) {
            if (!all.contains(p)) {
                all.add(p);
            }
        }
        return new Match(i, i + 1, key, all, exact.size(), null);
    }

    /**
     * A short all-capitals word in running text is an acronym ("UN", "ISIS"): it names a place only
     * as a country, province or region abbreviation ("US", "UAE"), never as a town.
     */
    private Match acronymOnly(List<Token> tokens, Match m) {
        Token t = tokens.get(m.start);
        if (m.end - m.start != 1 || !t.allCaps() || t.headline() || t.key().length() > 5
                || shoutedNeighbour(tokens, m.start)) {
            return m;
        }
        List<Place> kept = new ArrayList<>();
        int exact = 0;
        for (int k = 0; k < m.places.size(); k++) {
            Place p = m.places.get(k);
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.REGION) {
                kept.add(p);
                if (k < m.exactCount) {
                    exact++;
                }
            }
        }
        return kept.isEmpty() ? null : new Match(m.start, m.end, m.key, kept, exact, m.kindHint);
    }

    private static boolean shoutedNeighbour(List<Token> tokens, int i) {
        boolean before = i > 0 && tokens.get(i - 1).allCaps() && tokens.get(i - 1).key().length() > 3
                && !tokens.get(i).breakBefore();
        boolean after = i + 1 < tokens.size() && tokens.get(i + 1).allCaps() && tokens.get(i + 1).key().length() > 3
                && !tokens.get(i + 1).breakBefore();
        return before || after;
    }

    /** "Diyala Province", "Tigris River", "Balad Air Base": capitalised generic words join the name. */
    private Match extendGeneric(List<Token> tokens, Match m) {
        int end = m.end;
        PlaceKind hint = null;
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            Token after = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
            if (after != null && !after.breakBefore() && after.capitalized() && next.capitalized() && !next.breakBefore()) {
                Optional<PlaceKind> two = lexicon.genericKind(next.key() + "+" + after.key());
                if (two.isPresent()) {
                    return new Match(m.start, end + 2, m.key, m.places, m.exactCount, two.get());
                }
            }
            if (!next.breakBefore()) {
                hint = lexicon.genericKind(next.key()).orElse(null);
                if (hint != null && next.capitalized()) {
                    return new Match(m.start, end + 1, m.key, m.places, m.exactCount, hint);
                }
            }
        }
        return new Match(m.start, end, m.key, m.places, m.exactCount, hint);
    }

    private record Match(int start, int end, String key, List<Place> places, int exactCount, PlaceKind kindHint) {
    }
}
