package org.conflictmap.geoparsing;

import java.util.List;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;

/**
 * Reads the words around a matched name for signs that it belongs to a longer proper name: a
 * title or first name before it ("Gen. X", "Qassem X"), a surname, organisation word or hyphenated
 * name part after it ("X Peterson", "X Institute", "Ali-X"). Thread-safe.
 */
final class NameNeighbours {

    private final Gazetteer gazetteer;
    private final NameNormalizer normalizer;
    private final EnglishLexicon lexicon;

    NameNeighbours(Gazetteer gazetteer, EnglishLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.normalizer = gazetteer.normalizer();
        this.lexicon = lexicon;
    }

    /** The word before the name, looking past the full stop of a title or initial ("Gen.", "S."). */
    Token previousWord(List<Token> tokens, int start) {
        if (start == 0) {
            return null;
        }
        Token cur = tokens.get(start);
        Token prev = tokens.get(start - 1);
        if (!cur.breakBefore()) {
            return prev;
        }
        boolean initial = prev.key().length() == 1 && prev.capitalized();
        return (lexicon.isTitle(prev.key()) || initial) && cur.start() - prev.end() <= 2 ? prev : null;
    }

    /** A capitalised word right before the name that is not itself a place word: a first name or org word. */
    boolean isNamePart(Token prev, List<Token> tokens, int start) {
        if (!prev.properCase() || prev.allCaps() && !tokens.get(start).allCaps() || prev.headline()) {
            return false;
        }
        String k = prev.key();
        if (k.length() == 1) {
            return tokens.get(start).breakBefore();
        }
        if (lexicon.isCommonWord(k) || lexicon.isDirection(k) || lexicon.isGovernmentForm(k)
                || lexicon.genericKind(k).isPresent() || normalizer.isArticle(k) || lexicon.isTitle(k)
                || lexicon.isNeverPlace(k) || lexicon.isAdjective(k) || gazetteer.demonymCountry(k).isPresent()
                || !isLetters(k)) {
            return false;
        }
        return true;
    }

    /** True when the words after the name carry it on as another proper name. */
    boolean followedByName(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        if (normalizer.isArticle(next.key()) && !next.capitalized() && end + 1 < tokens.size()
                && !tokens.get(end + 1).breakBefore() && tokens.get(end + 1).capitalized()) {
            return true;
        }
        if (!next.breakBefore() && next.capitalized() && lexicon.isOrgHead(next.key())) {
            return true;
        }
        if (next.hyphenBefore() && next.capitalized() && !MentionRules.important(gazetteer.byName(next.key()))) {
            return true;
        }
        if (next.breakBefore() || next.hyphenBefore() || !next.capitalized()
                || next.sentenceStart() || next.allCaps() && !tokens.get(end - 1).allCaps()) {
            return false;
        }
        String k = next.key();
        if (next.headline() && (lexicon.isCommonWord(k) || !gazetteer.byName(k).isEmpty())) {
            return false;
        }
        if (lexicon.isTitle(k) || lexicon.isNeverPlace(k)
                || gazetteer.demonymCountry(k).isPresent() || normalizer.isArticle(k) || !isLetters(k)) {
            return false;
        }
        return true;
    }

    /**
     * True when the next word is a surname-like capitalised word: no everyday English word and no
     * notable place ("Jordan Spieth", "Chad Smith"). Even a country name followed by one is a person.
     */
    boolean followedBySurname(List<Token> tokens, int end) {
        if (!followedByName(tokens, end)) {
            return false;
        }
        Token next = tokens.get(end);
        String k = next.key();
        return !next.breakBefore() && !next.hyphenBefore() && next.capitalized() && !next.allCaps()
                && !lexicon.isCommonWord(k) && !lexicon.isOrgHead(k) && !lexicon.isAdjective(k)
                && !MentionRules.important(gazetteer.byName(k));
    }

    /**
     * True when the name is used for a unit or an outlet rather than a place: a unit word after it
     * ("Quds force"), a reporting verb after it ("Al Jazeera reported", but not "sources in X
     * reported"), or an outlet word or "told" right before it ("the channel X", "told X").
     */
    boolean namesUnitOrOutlet(List<Token> tokens, int start, int end) {
        if (end < tokens.size() && !tokens.get(end).breakBefore()) {
            String next = tokens.get(end).key();
            String prev = start > 0 && !tokens.get(start).breakBefore() ? tokens.get(start - 1).key() : "";
            boolean placeBefore = lexicon.isLocative(prev) || prev.equals("and") || prev.equals("or");
            if (lexicon.isUnit(next) || lexicon.isMediaVerb(next) && !placeBefore) {
                return true;
            }
        }
        int before = start - 1;
        if (before >= 0 && normalizer.isArticle(tokens.get(before).key()) && !tokens.get(start).breakBefore()) {
            before--;
        }
        return before >= 0 && !tokens.get(before + 1).breakBefore() && lexicon.isOutletWord(tokens.get(before).key());
    }

    private static boolean isLetters(String k) {
        return MentionRules.isLetters(k);
    }
}
