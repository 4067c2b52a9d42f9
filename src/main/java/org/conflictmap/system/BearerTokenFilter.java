package org.conflictmap.system;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}: the bootstrap admin token becomes the principal
 * {@code admin}, any other token is handed to the {@link TokenAuthenticator}s (named tokens). A request
 * without a valid token stays anonymous; the authorization rules then refuse writes with 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    /** The principal name of the bootstrap admin token. */
    static final String ADMIN = "admin";

    private final AdminToken adminToken;
    private final List<TokenAuthenticator> authenticators;

    BearerTokenFilter(AdminToken adminToken, List<TokenAuthenticator> authenticators) {
        this.adminToken = adminToken;
        this.authenticators = List.copyOf(authenticators);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            String token = header.substring(PREFIX.length()).strip();
            if (!token.isEmpty()) {
                authenticate(token).ifPresent(a -> SecurityContextHolder.getContext().setAuthentication(a));
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<Authentication> authenticate(String token) {
        if (adminToken.matches(token)) {
            // admin can do everything an analyst can
            return Optional.of(new UsernamePasswordAuthenticationToken(ADMIN, null,
                    List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_ANALYST"))));
        }
        for (TokenAuthenticator authenticator : authenticators) {
            Optional<Authentication> found = authenticator.authenticate(token);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
