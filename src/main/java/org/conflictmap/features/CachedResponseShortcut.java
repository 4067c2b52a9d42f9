package org.conflictmap.features;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Answers a plain repeated {@code GET} of a cached response (the day slices of {@code control} and
 * {@code territory}, and {@code events} pages) before the security filters and Spring MVC run, by repeating what their full handling wrote
 * for the same URL, representation and encoding ({@link ItemResponseCache#replay}): the same headers
 * (security, CORS {@code Vary}, caching) and body, sent from its file with sendfile when large. Every
 * other request goes the whole way: other paths and methods, a path in any other spelling (so the
 * firewall still sees it), requests carrying {@code Authorization}, {@code Origin} or a conditional
 * header, and anything not cached yet. Thread-safe.
 */
class CachedResponseShortcut implements Filter {

    private static final Set<String> PATHS = Set.of("/ogc/collections/control/items", "/ogc/collections/territory/items",
            "/ogc/collections/events/items");

    private final ItemResponseCache cache;

    CachedResponseShortcut(ItemResponseCache cache) {
        this.cache = cache;
    }

    /** Whether a response to this request may be repeated to another one like it. */
    static boolean replayable(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) && PATHS.contains(request.getRequestURI())
                && request.getContextPath().isEmpty() && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getHeader(HttpHeaders.ORIGIN) == null && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
                && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response
                && replayable(request) && request.getQueryString() != null) {
            Representation representation;
            try {
                representation = Representation.of(request.getParameter("f"), request.getHeader(HttpHeaders.ACCEPT));
            } catch (InvalidInputException e) {
                representation = null;
            }
            if (representation != null && cache.replay(request, response, representation)) {
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
