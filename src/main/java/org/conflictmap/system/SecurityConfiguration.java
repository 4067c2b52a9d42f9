package org.conflictmap.system;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Roles: anyone may read (except the token list); analysts (ROLE_ANALYST) may submit articles and
 * review events and places; admins (ROLE_ADMIN, who are analysts too) manage tokens, delete, and do
 * every other write. No sessions, no cookies, so no CSRF exposure. Refusals are problem+json: 401 with
 * {@code WWW-Authenticate: Bearer} without a valid token, 403 for a token whose role may not do it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String ANALYST = "ANALYST";
    private static final String ADMIN = "ADMIN";

    /**
     * Reads whose responses say themselves how long they may be cached (feeds, exports, basemap).
     * Spring Security's "Cache-Control: no-cache, no-store", "Pragma: no-cache" and "Expires: 0" are
     * written before the handler runs; the handler then replaces Cache-Control but cannot remove the
     * other two, which contradicted its "public, max-age=60".
     */
    private static final RequestMatcher CACHEABLE_READS = new OrRequestMatcher(
            Stream.of("/ogc", "/ogc/**", "/api/timeline", "/api/exports/**", "/basemap/**")
                    .flatMap(path -> Stream.of(HttpMethod.GET, HttpMethod.HEAD).map(method -> read(method, path)))
                    .toList());

    private static RequestMatcher read(HttpMethod method, String path) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, path);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AdminToken adminToken, List<TokenAuthenticator> authenticators)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                // The map is meant to be embedded (?embed=1 in an iframe on other sites); writes need a
                // bearer token, never a cookie, so framing cannot be used to trigger them.
                // Headers are written before the chain runs, not when the response commits: a streamed
                // export commits on its own thread, which raced the filter adding them.
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(CACHEABLE_READS), new CacheControlHeadersWriter()))
                        .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }))
                .addFilterBefore(new BearerTokenFilter(adminToken, authenticators), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/tokens", "/api/tokens/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.DELETE).hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/articles").hasRole(ANALYST)
                        .requestMatchers("/api/events", "/api/events/**", "/api/places/**", "/api/contests/**")
                                .hasRole(ANALYST)
                        .anyRequest().hasRole(ADMIN))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response,
                                HttpStatus.UNAUTHORIZED, "Authentication required",
                                "This request needs 'Authorization: Bearer <token>' with a valid token."))
                        .accessDeniedHandler((request, response, ex) -> problem(response,
                                HttpStatus.FORBIDDEN, "Forbidden", "This token may not do this.")));
        return http.build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"conflict-map\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
