package org.conflictmap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The admin bearer token. Taken from {@code conflictmap.admin-token} when set; otherwise generated
 * at first start, printed once in the log and kept only as a hash in {@code <data-dir>/admin-token.sha256}.
 */
@Component
public class AdminToken {

    static final String HASH_FILE = "admin-token.sha256";
    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final String hash;

    AdminToken(ConflictMapProperties properties) {
        String configured = properties.adminToken();
        this.hash = configured != null && !configured.isBlank()
                ? TokenHash.of(configured.strip())
                : storedOrGenerated(properties.dataDir().resolve(HASH_FILE));
    }

    /** Whether the presented token is the admin token (constant-time). */
    public boolean matches(String presented) {
        return TokenHash.matches(presented, hash);
    }

    private static String storedOrGenerated(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, TokenHash.of(token) + "\n", StandardCharsets.US_ASCII);
            log.warn("Generated the admin token (shown once; only its hash is kept in {}): {}", file, token);
            return TokenHash.of(token);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }
}
