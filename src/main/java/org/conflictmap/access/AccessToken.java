package org.conflictmap.access;

import java.time.Instant;

/**
 * A named token as listed to admins: never its secret nor its hash.
 *
 * @param revoked when it was revoked, or {@code null} while it is valid
 */
public record AccessToken(long id, String name, String role, Instant created, String createdBy, Instant revoked,
                          String revokedBy) {
}
