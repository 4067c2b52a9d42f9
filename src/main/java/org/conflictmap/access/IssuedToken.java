package org.conflictmap.access;

import java.time.Instant;

/** The answer to issuing a token: the only time its secret is ever shown. */
record IssuedToken(long id, String name, String role, Instant created, String createdBy, String token) {
}
