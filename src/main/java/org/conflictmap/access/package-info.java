/**
 * Named bearer tokens and their roles: admins issue, list and revoke tokens for analysts and other
 * admins; only a token's SHA-256 is stored, and the secret is shown once, when it is issued. The
 * security filter in {@code system} asks {@link org.conflictmap.access.NamedTokens} who a presented
 * token belongs to; the token's name becomes the principal name every write records.
 */
package org.conflictmap.access;
