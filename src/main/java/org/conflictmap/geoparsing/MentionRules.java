package org.conflictmap.geoparsing;

import java.util.List;
import java.util.Set;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * Decides whether a gazetteer match in a text is a place mention, on linguistic evidence:
 * capitalisation (a lower-case match must be an unambiguous, notable name that is no English word),
 * titles and first names before it and capitalised non-place words after it ({@link NameNeighbours}),
 * an organisation head before "of" ({@link OfPhraseReader}), everyday words that are also town names (kept only with
 * place context, or by part of speech for sentence openers), and names already seen as persons.
 * Also widens a kept match over an article ("al-") or a formal country name ("Islamic Republic of").
 * Thread-safe; the person memory is passed in per text.
 */
final class MentionRules {

    /** Towns at least this large are kept even when their name is an everyday word. */
    static final long NOTABLE_POPULATION = 1_000_000;
    /** Lower-case names are accepted only for places at least this notable. */
    static final long LOWERCASE_MIN_POPULATION = 100_000;

    private final Gazetteer gazetteer;
    private final NameNormalizer normalizer;
    private final EnglishLexicon lexicon;
    private final PartOfSpeechTagger tagger;
    private final NameNeighbours neighbours;
    private final OfPhraseReader ofPhrases;

    MentionRules(Gazetteer gazetteer, EnglishLexicon lexicon, PartOfSpeechTagger tagger) {
        this.gazetteer = gazetteer;
        this.normalizer = gazetteer.normalizer();
        this.lexicon = lexicon;
        this.tagger = tagger;
        this.neighbours = new NameNeighbours(gazetteer, lexicon);
        this.ofPhrases = new OfPhraseReader(gazetteer, lexicon);
    }

    /**
     * Keep with the first token of the surface, or drop and resume scanning at skipTo. {@code everyday}
     * marks a drop only for being an everyday word ("Hit" at the start of a sentence), which a place
     * reading of the same word elsewhere in the text overrules; firstToken is then where it would start.
     */
    record Verdict(boolean keep, int firstToken, int skipTo, boolean everyday) {
        static Verdict drop(int skipTo) {
            return new Verdict(false, -1, skipTo, false);
        }
    }

    Verdict judge(List<Token> tokens, int start, int end, List<Place> places, boolean variant,
                  Set<String> persons) {
        Token first = tokens.get(start);
        String key = spanKey(tokens, start, end);
        boolean important = important(places);
        if (end - start == 1 && (lexicon.isNeverPlace(first.key()) || lexicon.isTitle(first.key())
                || lexicon.isDirection(first.key()))) {
            return Verdict.drop(end);
        }
        boolean proper = first.properCase()
                || (lexicon.isDirection(first.key()) && end - start > 1 && tokens.get(start + 1).properCase());
        if (!proper) {
            return lowercaseAcceptable(tokens, start, end, places) ? keep(tokens, start) : Verdict.drop(start + 1);
        }
        Token prev = neighbours.previousWord(tokens, start);
        if (prev != null && normalizer.isArticle(prev.key()) && !tokens.get(start).breakBefore()) {
            prev = neighbours.previousWord(tokens, start - 1);
        }
        boolean country = !variant && hasKind(places, PlaceKind.COUNTRY);
        if (prev != null && lexicon.isTitle(prev.key()) && prev.properCase() && !country) {
            persons.add(key);
            return Verdict.drop(end);
        }
        if (prev != null && neighbours.isNamePart(prev, tokens, start)) {
            if (!country) {
                persons.add(key);
            }
            return Verdict.drop(end);
        }
        if (persons.contains(key) && !country) {
            return Verdict.drop(end);
        }
        boolean attributive = end < tokens.size() && tokens.get(end).hyphenBefore();
        OfPhraseReader.OfPhrase of = attributive ? null : ofPhrases.read(tokens, start);
        if (of != null && of.organisation()) {
            return Verdict.drop(ofPhrases.skipConjoined(tokens, end));
        }
        if (!country && neighbours.followedByName(tokens, end) || neighbours.followedBySurname(tokens, end)
                || !country && neighbours.namesUnitOrOutlet(tokens, start, end)) {
            return Verdict.drop(end);
        }
        if (allCommonWords(tokens, start, end) || variant && first.sentenceStart()) {
            if (!everydayWordIsPlace(tokens, start, end, important)) {
                boolean capitalised = first.properCase() && !first.allCaps() && !first.headline();
                return new Verdict(false, capitalised ? keep(tokens, start).firstToken() : -1, end, capitalised);
            }
        }
        int firstToken = of != null && of.formalStart() >= 0 && hasKind(places, PlaceKind.COUNTRY)
                ? of.formalStart() : start;
        return keep(tokens, firstToken);
    }

    /** True when a locative word ("in", "near", "of") stands right before the token. */
    boolean locativeBefore(List<Token> tokens, int start) {
        Token prev = start > 0 && !tokens.get(start).breakBefore() ? tokens.get(start - 1) : null;
        if (prev != null && prev.key().equals("the") && start > 1 && !prev.breakBefore()) {
            prev = tokens.get(start - 2);
        }
        return prev != null && lexicon.isLocative(prev.key());
    }

    private Verdict keep(List<Token> tokens, int start) {
        int s = start;
        if (s > 0) {
            Token prev = tokens.get(s - 1);
            Token cur = tokens.get(s);
            boolean arabicArticle = prev.key().equals("al") || prev.key().equals("el");
            if (normalizer.isArticle(prev.key()) && !cur.breakBefore()
                    && (cur.hyphenBefore() || arabicArticle && prev.capitalized())) {
                s--;
            }
        }
        return new Verdict(true, s, -1, false);
    }

    private boolean lowercaseAcceptable(List<Token> tokens, int start, int end, List<Place> places) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (t.glued() || lexicon.isCommonWord(t.key()) || !isLetters(t.key())) {
                return false;
            }
            letters += t.key().length();
        }
        if (letters < 4 || end < tokens.size() && tokens.get(end).hyphenBefore() || tokens.get(start).hyphenBefore()) {
            return false;
        }
        for (Place p : places) {
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1
                    || p.population() >= LOWERCASE_MIN_POPULATION) {
                return true;
            }
        }
        return false;
    }

    private boolean everydayWordIsPlace(List<Token> tokens, int start, int end, boolean important) {
        Token first = tokens.get(start);
        if (important) {
            if (first.sentenceStart() && !first.allCaps() && end - start == 1) {
                return isProperNoun(tokens, start);
            }
            return true;
        }
        if (first.sentenceStart() || first.headline()) {
            return false;
        }
        Token prev = start > 0 && !first.breakBefore() ? tokens.get(start - 1) : null;
        if (prev != null && prev.key().equals("the")) {
            return false;
        }
        return locativeBefore(tokens, start) || qualifierAfter(tokens, end) || settlementOfBefore(tokens, start);
    }

    /** "the town of Hit", "the village of Bashir": a generic place word and "of" name what follows as a place. */
    private boolean settlementOfBefore(List<Token> tokens, int start) {
        if (start < 2 || tokens.get(start).breakBefore() || tokens.get(start - 1).breakBefore()) {
            return false;
        }
        return tokens.get(start - 1).key().equals("of") && lexicon.genericKind(tokens.get(start - 2).key()).isPresent();
    }

    private boolean qualifierAfter(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        return next.breakBefore() && next.properCase() && gazetteer.startsName(next.key())
                && !lexicon.isCommonWord(next.key());
    }

    private boolean isProperNoun(List<Token> tokens, int index) {
        int s = index;
        while (s > 0 && !tokens.get(s).sentenceStart()) {
            s--;
        }
        int e = index + 1;
        while (e < tokens.size() && !tokens.get(e).sentenceStart() && e - s < 60) {
            e++;
        }
        String[] words = new String[e - s];
        for (int i = s; i < e; i++) {
            words[i - s] = tokens.get(i).key().isEmpty() ? "x" : surfaceOf(tokens.get(i));
        }
        String tag = tagger.tag(words)[index - s];
        return tag.equals("PROPN") || tag.equals("NNP");
    }

    private String surfaceOf(Token t) {
        return t.capitalized() ? Character.toUpperCase(t.key().charAt(0)) + t.key().substring(1) : t.key();
    }

    private boolean allCommonWords(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String k = tokens.get(i).key();
            if (!lexicon.isCommonWord(k) && !normalizer.isArticle(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean important(List<Place> places) {
        for (Place p : places) {
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.REGION || p.population() >= NOTABLE_POPULATION
                    || p.geonameId() == null && p.kind() != PlaceKind.ADMIN1) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasKind(List<Place> places, PlaceKind kind) {
        for (Place p : places) {
            if (p.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    static String spanKey(List<Token> tokens, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            b.append(tokens.get(i).key()).append(' ');
        }
        return b.toString();
    }

    static boolean isLetters(String k) {
        for (int i = 0; i < k.length(); i++) {
            if (!Character.isLetter(k.charAt(i))) {
                return false;
            }
        }
        return !k.isEmpty();
    }
}
