package org.conflictmap.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a bearer token. Tokens are 256-bit random values, so a fast hash is enough to keep the
 * stored form useless to someone who reads the data directory; comparison is constant-time.
 */
public final class TokenHash {

    private TokenHash() {
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    public static String of(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code token} hashes to {@code hash}, compared in constant time. */
    public static boolean matches(String token, String hash) {
        return MessageDigest.isEqual(of(token).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }
}
