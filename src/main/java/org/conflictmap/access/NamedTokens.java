package org.conflictmap.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.conflictmap.system.InvalidInputException;
import org.conflictmap.system.NotFoundException;
import org.conflictmap.system.TokenAuthenticator;
import org.conflictmap.system.TokenHash;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Issues, lists, revokes and recognises named tokens. A secret is 256 random bits, returned once
 * and stored only as its hash. The name {@code admin} is kept for the bootstrap admin token.
 * Thread-safe.
 */
@Service
public class NamedTokens implements TokenAuthenticator {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final String RESERVED = "admin";

    private final AccessTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    NamedTokens(AccessTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> authenticate(String token) {
        return tokens.findValid(TokenHash.of(token)).map(holder ->
                new UsernamePasswordAuthenticationToken(holder.name(), null, holder.role().authorities()));
    }

    IssuedToken issue(String name, Role role, String issuer) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "'name' must be 1-100 letters, digits or . _ @ -, "
                    + "starting with a letter or digit");
        }
        if (name.equalsIgnoreCase(RESERVED) || tokens.nameTaken(name)) {
            throw new InvalidInputException("name", "A token named '" + name + "' exists already",
                    HttpStatus.CONFLICT);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        long id = tokens.insert(name, role, TokenHash.of(secret), now, issuer);
        return new IssuedToken(id, name, role.id(), now, issuer, secret);
    }

    List<AccessToken> list() {
        return tokens.findAll();
    }

    AccessToken revoke(long id, String by) {
        tokens.findById(id).orElseThrow(() -> new NotFoundException("No token with id " + id));
        tokens.revoke(id, clock.instant(), by);
        return tokens.findById(id).orElseThrow();
    }
}
