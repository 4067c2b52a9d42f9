package org.conflictmap.geoparsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictmap.gazetteer.NameNormalizer;

/**
 * Splits text into {@link Token}s in one pass over the characters, keeping exact offsets into the
 * original string. Words are runs of letters and digits; apostrophes and ʿayn/hamza marks inside a
 * word stay in it ({@code Ma'arrat}), but a possessive {@code 's}/{@code ’s} is cut off
 * ({@code Iran’s} gives {@code Iran}), and so are contractions ({@code I’ve}); dotted capitals ({@code U.S.}) are one word; hyphens split
 * words. Stateless and thread-safe; linear in the text length on any input.
 */
public final class TextTokenizer {

    private final NameNormalizer normalizer;

    public TextTokenizer(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<Token> tokenize(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c) && !(isMark(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                i++;
                continue;
            }
            int start = i;
            int dotted = dottedCapitals(text, i);
            if (dotted > i) {
                spans.add(new int[] {start, dotted});
                i = dotted;
                continue;
            }
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (isWordChar(d)) {
                    i++;
                } else if (isMark(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && !isPossessive(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            spans.add(new int[] {start, i});
            if (i < n && isMark(text.charAt(i)) && isPossessive(text, i)) {
                i += cliticLength(text, i);
            }
        }
        return tokens(text, spans);
    }

    private List<Token> tokens(String text, List<int[]> spans) {
        boolean[] headlineLine = new boolean[spans.size()];
        markHeadlines(text, spans, headlineLine);
        List<Token> out = new ArrayList<>(spans.size());
        int prevEnd = 0;
        for (int k = 0; k < spans.size(); k++) {
            int s = spans.get(k)[0], e = spans.get(k)[1];
            boolean sentenceStart = k == 0;
            boolean breakBefore = k == 0;
            boolean hyphen = false;
            for (int g = prevEnd; g < s; g++) {
                char c = text.charAt(g);
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '\u2028') {
                    sentenceStart = true;
                }
                if (c == '-' || c == '\u2010' || c == '\u2011') {
                    hyphen = g == s - 1 && g == prevEnd;
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    breakBefore = true;
                }
                if (c == '\n' || c == '\r') {
                    breakBefore = true;
                }
            }
            String word = text.substring(s, e);
            boolean cap = Character.isUpperCase(word.codePointAt(0)) || (word.length() > 1
                    && !Character.isLetterOrDigit(word.charAt(0)) && Character.isUpperCase(word.charAt(1)));
            boolean acronym = allCaps(word) && e - s <= 4;
            out.add(new Token(s, e, acronym ? normalizer.acronym(word) : normalizer.token(word), cap, allCaps(word), sentenceStart, breakBefore,
                    hyphen, glued(text, s, e), headlineLine[k]));
            prevEnd = e;
        }
        return out;
    }

    /** Lines where nearly every longer word is capitalised are headlines, bylines or datelines. */
    private static void markHeadlines(String text, List<int[]> spans, boolean[] flags) {
        int k = 0;
        while (k < spans.size()) {
            int lineEnd = text.indexOf('\n', spans.get(k)[0]);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int first = k, upper = 0, lower = 0;
            while (k < spans.size() && spans.get(k)[0] < lineEnd) {
                int s = spans.get(k)[0], e = spans.get(k)[1];
                if (e - s >= 4) {
                    if (Character.isUpperCase(text.charAt(s))) {
                        upper++;
                    } else if (Character.isLowerCase(text.charAt(s))) {
                        lower++;
                    }
                }
                k++;
            }
            boolean headline = upper >= 2 && lower == 0;
            for (int j = first; j < k; j++) {
                flags[j] = headline;
            }
        }
    }

    private static int dottedCapitals(String text, int i) {
        int j = i, letters = 0;
        while (j + 1 < text.length() && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            j += 2;
            letters++;
        }
        if (letters == 0) {
            return i;
        }
        if (j < text.length() && Character.isUpperCase(text.charAt(j))
                && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
            return j + 1;
        }
        return letters >= 2 ? j : i;
    }

    /** A possessive or contraction after an apostrophe: 's, 've, 'll, 're, 'd, 'm, 't. */
    private static boolean isPossessive(String text, int markAt) {
        int s = markAt + 1;
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e)) && e - s < 3) {
            e++;
        }
        if (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            return false;
        }
        String clitic = text.substring(s, e).toLowerCase(Locale.ROOT);
        return clitic.equals("s") || clitic.equals("ve") || clitic.equals("ll") || clitic.equals("re")
                || clitic.equals("d") || clitic.equals("m") || clitic.equals("t");
    }

    private static int cliticLength(String text, int markAt) {
        int e = markAt + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e - markAt;
    }

    private static boolean glued(String text, int s, int e) {
        char before = s > 0 ? text.charAt(s - 1) : ' ';
        char after = e < text.length() ? text.charAt(e) : ' ';
        return isGlue(before) || isGlue(after)
                || (after == '.' && e + 1 < text.length() && Character.isLowerCase(text.charAt(e + 1)));
    }

    private static boolean isGlue(char c) {
        return c == '/' || c == '_' || c == '@' || c == '=' || c == '\\' || c == '#' || c == '%' || c == '&'
                || c == '~';
    }

    private static boolean allCaps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isMark(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BF' || c == '\u02BE'
                || c == '\u02BB' || c == '\u02BC';
    }
}
