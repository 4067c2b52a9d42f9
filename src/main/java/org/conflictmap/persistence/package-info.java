/**
 * Shared store plumbing only: the SQL dialect in use. Tables are created by the Flyway migrations in
 * {@code db/migration/{h2,postgresql}}; repositories live in the feature that owns their table.
 */
package org.conflictmap.persistence;
