package org.conflictmap.system;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns a presented bearer token into an authenticated principal, for tokens other than the
 * bootstrap admin token. The principal's name is what writes record as their author and what
 * per-principal limits key on. Implementations are Spring beans and must be thread-safe.
 */
public interface TokenAuthenticator {

    /** The principal the token stands for, or empty when the token is unknown or revoked. */
    Optional<Authentication> authenticate(String token);
}
