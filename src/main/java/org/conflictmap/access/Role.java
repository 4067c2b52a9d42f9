package org.conflictmap.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a named token may do. Readers need no token. An admin may do everything an analyst may. */
public enum Role {
    /** Submits articles and reviews events and places. */
    ANALYST,
    /** Analyst rights, plus tokens and deletions. */
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this id ({@code analyst}, {@code admin}), ignoring case; empty when unknown. */
    public static Optional<Role> fromId(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    List<GrantedAuthority> authorities() {
        SimpleGrantedAuthority analyst = new SimpleGrantedAuthority("ROLE_ANALYST");
        return this == ADMIN ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), analyst) : List.of(analyst);
    }
}
