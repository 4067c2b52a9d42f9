package org.conflictmap.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity of an article's text for de-duplication: SHA-256 of the text after Unicode NFKC
 * normalization, case folding and collapsing every run of white space, so that a re-sent copy with
 * different line wrapping or typography-equivalent characters is recognised as the same article.
 */
public final class TextFingerprint {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");

    private TextFingerprint() {
    }

    /** The normalized form the fingerprint is taken over. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITE_SPACE.matcher(folded).replaceAll(" ").strip();
    }

    /** 64 lower-case hex digits. */
    public static String of(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
