package org.conflictmap.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns place names, as written in texts or in gazetteer rows, into comparison keys, so that
 * spelling variants meet in one index entry.
 *
 * <p>Two keys are produced. The {@linkplain #token exact key} of a word drops case, diacritics and
 * the apostrophe-like marks used for ʿayn and hamza ({@code Ma'arrat} = {@code Maarat}), and folds the
 * commonest romanisation alternations (doubled letters, ee/i, ou/u, final -ah/-a). A name's key
 * joins its words' keys with single spaces and leaves out Arabic article words ({@code al-}, {@code el-},
 * {@code ad-}, {@code ash-} ...), so {@code Al Anbar}, {@code al-Anbar} and {@code Anbar} share a key.
 *
 * <p>The {@linkplain #skeleton skeleton} is a rougher key for transliteration variants: it keeps the
 * first letter (any vowel there becomes {@code a}) and the consonants, maps q to k and w to v, drops a
 * word-final h and an h that only marks a digraph (kh, sh, th, dh, gh), collapses doubled letters and
 * leaves out the spaces between words ({@code Tuz Khurmatu} = {@code Tuzkhurmatu}).
 * {@code Teheran}/{@code Tehran}, {@code Irbil}/{@code Erbil}, {@code Falluja}/{@code Fallujah} and
 * {@code Nineweh}/{@code Nineveh} each share a skeleton. It over-merges on purpose; callers confirm
 * a skeleton match with {@link #closeEnough}.
 *
 * <p>Stateless and thread-safe; never throws on any string.
 */
public final class NameNormalizer {

    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "adh", "ath", "ed", "es", "et", "ez", "ul");

    /** True when the exact key of a word is an Arabic article that name keys leave out. */
    public boolean isArticle(String tokenKey) {
        return ARTICLES.contains(tokenKey);
    }

    /** The exact key of one word: lower case, no diacritics, no apostrophes, ʿayn/hamza marks or dots. */
    public String token(CharSequence word) {
        return token(word, true);
    }

    /**
     * The key of an acronym ("USS", "ISIS"): like {@link #token} but without folding spelling
     * alternations, which would turn acronyms into other acronyms.
     */
    public String acronym(CharSequence word) {
        return token(word, false);
    }

    private String token(CharSequence word, boolean folded) {
        StringBuilder plain = null;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                plain = new StringBuilder(Normalizer.normalize(word, Normalizer.Form.NFKD));
                break;
            }
        }
        CharSequence src = plain == null ? word : plain;
        StringBuilder out = new StringBuilder(src.length());
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + 32));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    out.append(c);
                }
            } else if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.MODIFIER_LETTER) {
                out.append(Character.toLowerCase(c));
            }
        }
        return folded ? fold(out) : out.toString();
    }

    /**
     * Spelling alternations of romanised names that keys ignore: ee and ou/oo spell i and u, doubled
     * letters count once, and a word-final h after a vowel is silent (Fallujah = Falluja,
     * Mosoul = Mosul, Samarra = Samara).
     */
    private static String fold(StringBuilder w) {
        int n = w.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            if (c == 'e' && next == 'e') {
                c = 'i';
                i++;
            } else if (c == 'o' && (next == 'u' || next == 'o')) {
                c = 'u';
                i++;
            } else if (c == 'h' && i == n - 1 && i >= 2 && isVowel(w.charAt(i - 1))) {
                continue;
            }
            int len = out.length();
            if (len == 0 || out.charAt(len - 1) != c || Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words of a name, split at spaces, hyphens and punctuation, each as its exact key. */
    public List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(c) || isInnerMark(c) || c == '.';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String key = token(name.substring(start, i));
                if (!key.isEmpty()) {
                    words.add(key);
                }
                start = -1;
            }
        }
        return words;
    }

    /** The exact key of a whole name (articles left out), or "" when it has no letters or digits. */
    public String name(String name) {
        return join(words(name));
    }

    /** Joins word keys into a name key, leaving out article words unless the name is only articles. */
    public String join(List<String> wordKeys) {
        StringBuilder out = new StringBuilder();
        for (String w : wordKeys) {
            if (!ARTICLES.contains(w) && !w.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
        }
        if (out.length() == 0 && !wordKeys.isEmpty()) {
            return String.join(" ", wordKeys);
        }
        return out.toString();
    }

    /** The skeleton of a name key (see the class comment); "" for a key without letters. */
    public String skeleton(String nameKey) {
        StringBuilder out = new StringBuilder(nameKey.length());
        boolean wordStart = true;
        char prevSrc = 0;
        for (int i = 0; i < nameKey.length(); i++) {
            char c = nameKey.charAt(i);
            if (c == ' ') {
                out.append(' ');
                wordStart = true;
                prevSrc = 0;
                continue;
            }
            char mapped = c;
            if (isVowel(c)) {
                mapped = wordStart ? 'a' : 0;
            } else if (c == 'q') {
                mapped = 'k';
            } else if (c == 'w') {
                mapped = 'v';
            } else if (c == 'h' && !wordStart) {
                boolean last = i + 1 == nameKey.length() || nameKey.charAt(i + 1) == ' ';
                if (last || (prevSrc != 0 && !isVowel(prevSrc))) {
                    mapped = 0;
                }
            }
            if (mapped != 0 && c != prevSrc) {
                out.append(mapped);
            }
            wordStart = false;
            prevSrc = c;
        }
        return out.toString().replace(" ", "");
    }

    /**
     * Confirms a skeleton match: the two exact keys differ by at most two edits, and by at most one
     * edit per four letters of the shorter one.
     */
    public boolean closeEnough(String a, String b) {
        a = a.replace(" ", "");
        b = b.replace(" ", "");
        int shorter = Math.min(a.length(), b.length());
        int allowed = Math.min(2, Math.max(1, shorter / 4));
        if (Math.abs(a.length() - b.length()) > allowed) {
            return false;
        }
        return editDistance(a, b, allowed) <= allowed;
    }

    private static boolean isInnerMark(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BF' || c == '\u02BE'
                || c == '\u02BB' || c == '\u02BC';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static int editDistance(String a, String b, int cap) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
