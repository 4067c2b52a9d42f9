package org.conflictmap.access;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** {@code /api/tokens} (admin only): issue a named token for a role, list tokens, revoke one. */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

    private static final Set<String> FIELDS = Set.of("name", "role");

    private final NamedTokens tokens;

    TokenController(NamedTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<IssuedToken> issue(@RequestBody JsonNode body, Authentication who) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "The body must be a JSON object {\"name\": ..., \"role\": ...}");
        }
        for (String field : body.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(field, "Unknown field '" + field + "': a token has only "
                        + "'name' and 'role' (its secret is always generated)");
            }
        }
        String name = text(body, "name");
        Role role = Role.fromId(text(body, "role")).orElseThrow(() ->
                new InvalidInputException("role", "'role' must be 'analyst' or 'admin'"));
        IssuedToken issued = tokens.issue(name, role, who.getName());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    List<AccessToken> list() {
        return tokens.list();
    }

    @DeleteMapping("/{id}")
    AccessToken revoke(@PathVariable long id, Authentication who) {
        return tokens.revoke(id, who.getName());
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isString()) {
            throw new InvalidInputException(field, "'" + field + "' is required and must be a string");
        }
        return node.asString().strip();
    }
}
