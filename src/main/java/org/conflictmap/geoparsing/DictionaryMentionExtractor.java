package org.conflictmap.geoparsing;

import java.util.ArrayList;
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
 * exact keys, then spelling variants for single words), extending a match over capitalised generic
 * words ("Province", "River", "Air Base"), and keeping or dropping each match by the
 * {@link MentionRules}. Demonyms are not mentions but are counted as country evidence.
 * Thread-safe; linear in the text length times the longest gazetteer name.
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
        Map<String, Integer> demonyms = new HashMap<>();
        Set<String> persons = new HashSet<>();
        int longest = Math.min(MAX_WORDS, Math.max(1, gazetteer.longestName()));
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.glued() || normalizer.isArticle(t.key()) || !gazetteer.startsName(t.key()) && !mayBeVariant(t)) {
                countDemonym(t, demonyms);
                i++;
                continue;
            }
            Match m = longestMatch(tokens, i, longest);
            if (m == null) {
                countDemonym(t, demonyms);
                i++;
                continue;
            }
            if (m.end - m.start == 1 && gazetteer.demonymCountry(t.key()).isPresent()) {
                countDemonym(t, demonyms);
                i++;
                continue;
            }
            Match extended = extendGeneric(tokens, m);
            MentionRules.Verdict verdict = rules.judge(text, tokens, extended.start, extended.end,
                    extended.places, extended.variant, persons);
            if (verdict.keep()) {
                int first = verdict.firstToken();
                int s = tokens.get(first).start();
                int e = tokens.get(extended.end - 1).end();
                mentions.add(new PlaceMention(s, e, text.substring(s, e), extended.key, extended.places,
                        extended.variant, extended.kindHint, rules.locativeBefore(tokens, first)));
                i = extended.end;
            } else {
                i = verdict.skipTo();
            }
        }
        return new MentionExtraction(mentions, demonyms);
    }

    private boolean mayBeVariant(Token t) {
        return t.key().length() >= 4 && !lexicon.isCommonWord(t.key());
    }

    private void countDemonym(Token t, Map<String, Integer> demonyms) {
        if (t.properCase() && !t.glued()) {
            Optional<String> country = gazetteer.demonymCountry(t.key());
            country.ifPresent(c -> demonyms.merge(c, 1, Integer::sum));
        }
    }

    private Match longestMatch(List<Token> tokens, int i, int longest) {
        List<String> keys = new ArrayList<>(longest);
        int last = i;
        for (int j = i; j < tokens.size() && keys.size() < longest; j++) {
            Token t = tokens.get(j);
            if (j > i && (t.breakBefore() || t.glued())) {
                break;
            }
            keys.add(t.key());
            last = j;
        }
        for (int end = last + 1; end > i; end--) {
            String key = normalizer.join(keys.subList(0, end - i));
            List<Place> found = gazetteer.byName(key);
            if (!found.isEmpty()) {
                return new Match(i, end, key, found, false, null);
            }
        }
        Token t = tokens.get(i);
        if (mayBeVariant(t) && gazetteer.demonymCountry(t.key()).isEmpty()) {
            List<Place> similar = gazetteer.similar(t.key());
            if (!similar.isEmpty()) {
                return new Match(i, i + 1, t.key(), similar, true, null);
            }
        }
        return null;
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
                    return new Match(m.start, end + 2, m.key, m.places, m.variant, two.get());
                }
            }
            if (!next.breakBefore()) {
                hint = lexicon.genericKind(next.key()).orElse(null);
                if (hint != null && next.capitalized()) {
                    return new Match(m.start, end + 1, m.key, m.places, m.variant, hint);
                }
            }
        }
        return new Match(m.start, end, m.key, m.places, m.variant, hint);
    }

    private record Match(int start, int end, String key, List<Place> places, boolean variant, PlaceKind kindHint) {
    }
}
