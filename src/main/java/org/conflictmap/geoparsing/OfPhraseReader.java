package org.conflictmap.geoparsing;

import java.util.List;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;

/**
 * Reads "X Y of [the] Place" before a matched name: an organisation ("Council of", "Islamic State
 * of", with "and [the] Name" after it still part of the name), a title ("Governor of", which leaves
 * the place a place) or a country's formal name ("Islamic Republic of", which joins the name).
 * Thread-safe.
 */
final class OfPhraseReader {

    private final Gazetteer gazetteer;
    private final NameNormalizer normalizer;
    private final EnglishLexicon lexicon;

    OfPhraseReader(Gazetteer gazetteer, EnglishLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.normalizer = gazetteer.normalizer();
        this.lexicon = lexicon;
    }

    /** What an "of" phrase before a name says: organisation, or the start of a formal country name. */
    record OfPhrase(boolean organisation, int formalStart) {
    }

    /** "X Y of [the] Place": an organisation ("Council of", "Islamic State of") or a formal name. */
    OfPhrase read(List<Token> tokens, int start) {
        int i = start - 1;
        if (i >= 0 && tokens.get(i).key().equals("the") && !tokens.get(i + 1).breakBefore()) {
            i--;
        }
        if (i < 1 || !tokens.get(i).key().equals("of") || tokens.get(i + 1).breakBefore()
                || tokens.get(i).breakBefore()) {
            return null;
        }
        int chainEnd = i;
        int j = i - 1;
        while (j >= 0 && tokens.get(j).capitalized() && !tokens.get(j).headline()) {
            if (tokens.get(j).sentenceStart() || tokens.get(j).breakBefore()) {
                j--;
                break;
            }
            j--;
        }
        int chainStart = j + 1;
        if (chainStart >= chainEnd) {
            return null;
        }
        String last = tokens.get(chainEnd - 1).key();
        if (lexicon.isTitle(last)) {
            return new OfPhrase(false, -1);
        }
        if (lexicon.isGovernmentForm(last)) {
            int s = chainEnd - 1;
            while (s - 1 >= chainStart && lexicon.isGovernmentForm(tokens.get(s - 1).key())) {
                s--;
            }
            return new OfPhrase(false, s);
        }
        boolean orgWord = false;
        for (int k = chainStart; k < chainEnd; k++) {
            String w = tokens.get(k).key();
            if (!gazetteer.byName(w).isEmpty() && !lexicon.isCommonWord(w) || lexicon.genericKind(w).isPresent()) {
                return new OfPhrase(false, -1);
            }
            orgWord |= lexicon.isOrgHead(w);
        }
        boolean org = orgWord || chainEnd - chainStart >= 2 && lexicon.isCommonWord(last);
        return new OfPhrase(org, -1);
    }

    /** After an organisation's place word, "and [the] Name" still belongs to the organisation's name. */
    int skipConjoined(List<Token> tokens, int end) {
        int i = end;
        if (i < tokens.size() && tokens.get(i).key().equals("and") && !tokens.get(i).breakBefore()) {
            i++;
            while (i < tokens.size() && (tokens.get(i).key().equals("the") || normalizer.isArticle(tokens.get(i).key()))
                    && !tokens.get(i).breakBefore()) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).capitalized() && !tokens.get(i).breakBefore()) {
                return i + 1;
            }
        }
        return end;
    }
}
